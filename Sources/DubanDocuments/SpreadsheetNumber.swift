/// A number as a spreadsheet shows it (`12`, not `12.0`; 15 significant digits): what the .xlsx
/// reader gives for a number cell, so a number written as text reads back the same.
public func spreadsheetNumber(_ value: Double) -> String { XlsxValues.plain(value) }
