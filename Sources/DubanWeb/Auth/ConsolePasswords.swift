import DubanStore
import Vapor

/// bcrypt for the command line, at the cost the servers use, so an account made or reset there
/// signs in on the web like any other.
public enum ConsolePasswords {
    public static func hash(config: AppConfig = .fromEnvironment()) -> PasswordHash {
        let cost = config.bcryptCost
        return { password in try Bcrypt.hash(password, cost: cost) }
    }
}
