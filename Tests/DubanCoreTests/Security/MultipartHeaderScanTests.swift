import DubanCore
import Testing

/// The scan the server makes before MultipartKit decodes a body: the crashing shape is caught,
/// a browser's form (with Chinese file names and values) is not.
struct MultipartHeaderScanTests {
    @Test func theBodyThatCrashedTheParserIsCaught() {
        #expect(MultipartHeaderScan.hasNonASCIIHeaderName(Array("--b\r\n\u{80}".utf8), boundary: "b"))
        let body = Array("--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--xyz\r\n名: v\r\n\r\n2\r\n--xyz--\r\n".utf8)
        #expect(MultipartHeaderScan.hasNonASCIIHeaderName(body, boundary: "xyz"))
    }

    @Test func aRealFormWithChineseValuesPasses() {
        let body = Array(
            ("--xyz\r\nContent-Disposition: form-data; name=\"narrative\"\r\n\r\n已完成年度目标的80%\r\n"
                + "--xyz\r\nContent-Disposition: form-data; name=\"files\"; filename=\"佐证材料.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF\u{FF}\r\n--xyz--\r\n").utf8)
        #expect(!MultipartHeaderScan.hasNonASCIIHeaderName(body, boundary: "xyz"))
        #expect(!MultipartHeaderScan.hasNonASCIIHeaderName([], boundary: "xyz"))
        #expect(!MultipartHeaderScan.hasNonASCIIHeaderName(Array("--x".utf8), boundary: "xyz"))
    }
}
