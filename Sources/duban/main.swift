import DubanCLI
import Foundation

exit(Duban.run(arguments: Array(CommandLine.arguments.dropFirst())))
