import DubanStrings
import Foundation

/// The report submission's two forms: JSON (the API, evidence in base64) and multipart (the
/// page, evidence as file parts; indicator values as `value_<indicatorID>` text fields).
extension RequestBodies {
    /// Indicator values: indicator id → value, finite numbers only.
    nonisolated(unsafe) static let values: JSON = [
        "type": ["object", "null"], "propertyNames": ["pattern": "^[1-9][0-9]{0,9}$"],
        "additionalProperties": ["type": "number"],
        "description": Strings.APIDocs.reportValues,
    ]
    nonisolated(unsafe) static let evidenceFile: JSON = D.object(
        [
            "filename": ["type": "string", "description": Strings.APIDocs.evidenceFilename],
            "contentType": optionalString,
            "data": [
                "type": "string", "contentEncoding": "base64",
                "pattern": "^([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$",
            ],
        ], required: ["filename", "data"])
    nonisolated(unsafe) static let percent: JSON = ["type": ["number", "null"], "minimum": 0, "maximum": 100]
    nonisolated(unsafe) static let period: JSON = ["type": ["integer", "null"], "minimum": 1, "maximum": D.maxID]

    nonisolated(unsafe) static let report: JSON = [
        "application/json": [
            "schema": D.object(
                [
                    "period": period, "narrative": text, "values": values, "percentComplete": percent,
                    "problems": optionalString, "nextSteps": optionalString,
                    "evidence": ["type": ["array", "null"], "items": evidenceFile, "maxItems": 10],
                ], required: ["narrative"])
        ],
        "multipart/form-data": [
            "schema": [
                "type": "object",
                "properties": [
                    "period": ["type": "integer", "minimum": 1, "maximum": D.maxID], "narrative": text,
                    "percentComplete": [
                        "type": "string", "description": Strings.APIDocs.percentField,
                        "pattern": "^\\s*((100(\\.0+)?|[1-9]?[0-9](\\.[0-9]+)?))?\\s*$",
                    ],
                    "problems": D.string, "nextSteps": D.string,
                    // Vapor reads repeated parts as an array only under a `[]` name (as the page's form sends).
                    "files[]": ["type": "array", "items": D.binary, "maxItems": 10],
                ] as JSON,
                "patternProperties": [
                    "^value_[1-9][0-9]{0,9}$": [
                        // The server trims, then takes at most 40 characters of number: spaces around are free.
                        "type": "string", "description": Strings.APIDocs.valueField,
                        "pattern": "^\\s*([-+]?([0-9]{1,18}(\\.[0-9]{0,15})?|\\.[0-9]{1,15})([eE][-+]?[0-9]{1,2})?)?\\s*$",
                    ] as JSON
                ] as JSON,
                "required": ["narrative"],
            ] as JSON
        ],
    ]
}
