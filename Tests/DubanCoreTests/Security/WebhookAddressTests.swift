import DubanCore
import Testing

/// H2: a robot address typed by an office must not make the server call into its own network.
@Suite struct WebhookAddressTests {
    static let refused = [
        "http://127.0.0.1:8080/robot", "https://127.0.0.1/robot", "https://localhost/robot", "https://LOCALHOST./x",
        "https://169.254.169.254/latest/meta-data/", "https://10.1.2.3/send", "https://172.16.0.9/send", "https://172.31.255.1/",
        "https://192.168.1.10/send", "https://100.64.0.1/", "https://0.0.0.0/", "https://[::1]/robot", "https://[fe80::1]/",
        "https://[fd00::5]/", "https://[::ffff:127.0.0.1]/", "https://2130706433/", "https://0x7f.1/", "https://017700000001/",
        "https://intranet/robot", "https://robot.internal/send", "https://printer.local/", "https://a.b.localhost/",
        "http://oapi.dingtalk.com/robot/send?access_token=abc", "ftp://oapi.dingtalk.com/", "https://user:pw@oapi.dingtalk.com/",
        "not a url", "https:///nohost",
    ]

    @Test(arguments: refused)
    func privateAndMalformedAddressesAreRefused(url: String) {
        #expect(WebhookAddress().problem(with: url) != nil, "\(url) was accepted")
    }

    @Test func publicHTTPSRobotsAreAccepted() {
        let address = WebhookAddress()
        #expect(address.problem(with: "https://oapi.dingtalk.com/robot/send?access_token=0123abcd") == nil)
        #expect(address.problem(with: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=6c2e") == nil)
        #expect(address.problem(with: "https://8.8.8.8/robot") == nil)
    }

    @Test func anInstallationMayNameItsOwnRelay() {
        let address = WebhookAddress(allowedHosts: ["127.0.0.1", "relay.gov.internal"])
        #expect(address.problem(with: "http://127.0.0.1:9000/robot") == nil)
        #expect(address.problem(with: "https://relay.gov.internal/send") == nil)
        #expect(address.problem(with: "http://10.0.0.1/robot") != nil, "only the named hosts are allowed")
    }

    @Test func aPublicNameResolvingInsideIsRefusedAtDelivery() throws {
        let address = WebhookAddress()
        let inside = try #require(IPAddress("10.0.0.7"))
        let outside = try #require(IPAddress("203.0.113.200"))
        #expect(!address.allowsResolved(host: "robot.example.com", addresses: [inside]))
        #expect(!address.allowsResolved(host: "robot.example.com", addresses: [outside, inside]), "every address must be public")
        #expect(!address.allowsResolved(host: "robot.example.com", addresses: []), "a name that does not resolve is not sent to")
        #expect(address.allowsResolved(host: "robot.example.com", addresses: [try #require(IPAddress("8.8.4.4"))]))
    }
}
