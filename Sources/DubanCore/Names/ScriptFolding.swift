/// Traditional characters folded to simplified, one character for one, so that a keyword
/// (牽頭, 負責, 責任單位) is found in a document converted to traditional script while positions
/// in the original text stay the same. Only the characters of the words the reader looks for.
public enum ScriptFolding {
    static let table: [Character: Character] = {
        let pairs =
            "牽牵頭头負负責责單单領领導导協协辦办職职門门時时間间節节點点務务標标準准內内區区縣县長长級级關关參参與与為为體体號号項项類类別别備备註注進进況况說说處处囑嘱佈布會会員员組组織织們们業业發发廳厅設设數数據据網网絡络經经濟济農农衛卫財财稅税審审計计環环營营監监統统劃划權权規规範范歸归個个鎮镇鄉乡龍龙張张陳陈劉刘楊杨趙赵黃黄吳吴孫孙馬马鄭郑謝谢韓韩馮冯鄧邓蕭萧葉叶羅罗盧卢蔣蒋費费東东廣广麗丽錦锦華华鐘钟寧宁蘇苏靈灵橋桥萬万億亿實实現现轉转變变義义圍围應应對对屬属獨独壓压傳传齊齐專专責责應应總总黨党產产"
        var table: [Character: Character] = [:]
        var iterator = pairs.makeIterator()
        while let traditional = iterator.next(), let simplified = iterator.next() { table[traditional] = simplified }
        return table
    }()

    /// The same table on scalars, for the check every line goes through.
    static let scalars: Set<UInt32> = Set(table.keys.compactMap { $0.unicodeScalars.first?.value })

    public static func simplified(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { scalars.contains($0.value) }) else { return text }
        return String(text.map { table[$0] ?? $0 })
    }
}
