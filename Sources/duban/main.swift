import DubanCLI
import Foundation

exit(await Duban.run(arguments: Array(CommandLine.arguments.dropFirst())))
