/// The JSON Schemas (draft 2020-12) of scenario and playbook files: what `tabletop schema` prints and `Schemas/` ships.
///
/// Editors that read a file's `"$schema"` key complete and check it with them. A schema cannot say
/// all that `tabletop validate` checks (references, conditions, unique ids, the last route having
/// no `when`), and it is stricter in one way: an unknown key, which validate only warns about
/// (W201), is an error for the schema. Keys starting with `x-` are allowed everywhere.
public enum SchemaText {
    /// `Schemas/scenario.schema.json`, ending with a newline.
    public static let scenario = #"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "tabletop scenario (tabletop-scenario/1)",
      "description": "An incident-response tabletop drill. The format is defined in FORMATS.md; 'tabletop validate' also checks what a schema cannot (references, conditions, duplicate ids, the last route having no 'when').",
      "type": "object",
      "required": [
        "format",
        "id",
        "title",
        "summary",
        "roles",
        "start",
        "scenes",
        "endings"
      ],
      "properties": {
        "$schema": {
          "type": "string",
          "description": "The schema this file follows, for editors."
        },
        "format": {
          "const": "tabletop-scenario/1"
        },
        "id": {
          "$ref": "#/$defs/id"
        },
        "title": {
          "type": "string"
        },
        "summary": {
          "type": "string"
        },
        "tags": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "difficulty": {
          "enum": [
            "introductory",
            "intermediate",
            "advanced"
          ]
        },
        "estimatedMinutes": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100000
        },
        "author": {
          "type": "string"
        },
        "version": {
          "type": "string"
        },
        "objectives": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "The exercise objectives, shown in the briefing and the report."
        },
        "references": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/reference"
          }
        },
        "roles": {
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/$defs/role"
          }
        },
        "variables": {
          "type": "object",
          "propertyNames": {
            "$ref": "#/$defs/variableName"
          },
          "additionalProperties": {
            "$ref": "#/$defs/variable"
          }
        },
        "actions": {
          "type": "object",
          "propertyNames": {
            "$ref": "#/$defs/actionId"
          },
          "additionalProperties": {
            "type": "string"
          },
          "description": "Action ids the built-in catalogue lacks, with their titles."
        },
        "start": {
          "allOf": [
            {
              "$ref": "#/$defs/id"
            }
          ],
          "description": "The first scene."
        },
        "scenes": {
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/$defs/scene"
          }
        },
        "endings": {
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/$defs/ending"
          }
        },
        "injects": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/timedInject"
          }
        }
      },
      "patternProperties": {
        "^x-": {
          "description": "Ignored by tabletop: a place for your own notes and tools."
        }
      },
      "additionalProperties": false,
      "$defs": {
    \#(sharedDefinitions)
        "variableName": {
          "type": "string",
          "pattern": "^[A-Za-z_][A-Za-z0-9_]{0,63}$",
          "not": {
            "enum": [
              "not",
              "and",
              "or",
              "true",
              "false"
            ]
          },
          "description": "A variable name: \#(Identifiers.variableNameRule); not a word of the condition language."
        },
        "realTimeDuration": {
          "type": "string",
          "pattern": "^(?:[0-9]+d)?(?:[0-9]+h)?(?:[0-9]+m)?(?:[0-9]+s)?$",
          "minLength": 2,
          "not": {
            "pattern": "^(?:0+[dhms])+$"
          },
          "description": "Real time for the team to decide, longer than zero, e.g. \"90s\", \"2m\", \"1m30s\"."
        },
        "condition": {
          "type": "string",
          "minLength": 1,
          "description": "A condition, e.g. \"trust >= 50 and not did('RA4601')\": variables, literals ('enum-value', 90m, true), not/and/or, == != < <= > >=, + -, visited('scene'), chose('scene/option'), did('ACTION'), elapsed()."
        },
        "channel": {
          "enum": [
            "email",
            "chat",
            "phone",
            "ticket",
            "news",
            "alert",
            "log",
            "other"
          ],
          "description": "How the inject arrives."
        },
        "role": {
          "type": "object",
          "description": "A part the team plays.",
          "required": [
            "id",
            "name"
          ],
          "properties": {
            "id": {
              "$ref": "#/$defs/id"
            },
            "name": {
              "type": "string"
            },
            "brief": {
              "type": "string",
              "description": "What this role does in the drill."
            }
          },
          "patternProperties": {
            "^x-": {
              "description": "Ignored by tabletop: a place for your own notes and tools."
            }
          },
          "additionalProperties": false
        },
        "reference": {
          "type": "object",
          "description": "A public write-up the scenario is based on.",
          "required": [
            "title",
            "url"
          ],
          "properties": {
            "title": {
              "type": "string"
            },
            "url": {
              "type": "string"
            }
          },
          "patternProperties": {
            "^x-": {
              "description": "Ignored by tabletop: a place for your own notes and tools."
            }
          },
          "additionalProperties": false
        },
        "variable": {
          "type": "object",
          "description": "A variable the story reads in conditions and changes with effects.",
          "required": [
            "type",
            "initial"
          ],
          "properties": {
            "type": {
              "enum": [
                "int",
                "bool",
                "enum"
              ]
            },
            "initial": {
              "type": [
                "integer",
                "boolean",
                "string"
              ],
              "description": "The value at T+0, of the variable's type."
            },
            "min": {
              "type": "integer",
              "description": "int only: values are clamped to [min, max]."
            },
            "max": {
              "type": "integer",
              "description": "int only: values are clamped to [min, max]."
            },
            "values": {
              "type": "array",
              "items": {
                "type": "string"
              },
              "minItems": 1,
              "uniqueItems": true,
              "description": "enum only: the values, in order."
            },
            "label": {
              "type": "string",
              "description": "How the variable is shown to the team."
            },
            "hidden": {
              "type": "boolean",
              "description": "Kept from the team (shown in reports only)."
            }
          },
          "patternProperties": {
            "^x-": {
              "description": "Ignored by tabletop: a place for your own notes and tools."
            }
          },
          "additionalProperties": false,
          "allOf": [
            {
              "if": {
                "properties": {
                  "type": {
                    "const": "int"
                  }
                }
              },
              "then": {
                "properties": {
                  "initial": {
                    "type": "integer"
                  }
                },
                "not": {
                  "required": [
                    "values"
                  ]
                }
              }
            },
            {
              "if": {
                "properties": {
                  "type": {
                    "const": "bool"
                  }
                }
              },
              "then": {
                "properties": {
                  "initial": {
                    "type": "boolean"
                  }
                },
                "not": {
                  "anyOf": [
                    {
                      "required": [
                        "values"
                      ]
                    },
                    {
                      "required": [
                        "min"
                      ]
                    },
                    {
                      "required": [
                        "max"
                      ]
                    }
                  ]
                }
              }
            },
            {
              "if": {
                "properties": {
                  "type": {
                    "const": "enum"
                  }
                }
              },
              "then": {
                "required": [
                  "values"
                ],
                "properties": {
                  "initial": {
                    "type": "string"
                  }
                },
                "not": {
                  "anyOf": [
                    {
                      "required": [
                        "min"
                      ]
                    },
                    {
                      "required": [
                        "max"
                      ]
                    }
                  ]
                }
              }
            }
          ]
        },
        "effect": {
          "description": "A change to a variable, applied in order.",
          "oneOf": [
            {
              "type": "object",
              "description": "Sets a variable.",
              "required": [
                "set",
                "to"
              ],
              "properties": {
                "set": {
                  "$ref": "#/$defs/variableName"
                },
                "to": {
                  "type": [
                    "integer",
                    "boolean",
                    "string"
                  ],
                  "description": "A value of the variable's type."
                }
              },
              "patternProperties": {
                "^x-": {
                  "description": "Ignored by tabletop: a place for your own notes and tools."
                }
              },
              "additionalProperties": false
            },
            {
              "type": "object",
              "description": "Adds to an int variable (clamped).",
              "required": [
                "add",
                "by"
              ],
              "properties": {
                "add": {
                  "$ref": "#/$defs/variableName"
                },
                "by": {
                  "type": "integer"
                }
              },
              "patternProperties": {
                "^x-": {
                  "description": "Ignored by tabletop: a place for your own notes and tools."
                }
              },
              "additionalProperties": false
            },
            {
              "type": "object",
              "description": "Rolls a die of 'sides' sides into an int variable.",
              "required": [
                "roll",
                "sides"
              ],
              "properties": {
                "roll": {
                  "$ref": "#/$defs/variableName"
                },
                "sides": {
                  "type": "integer",
                  "minimum": 2,
                  "maximum": 1000000
                }
              },
              "patternProperties": {
                "^x-": {
                  "description": "Ignored by tabletop: a place for your own notes and tools."
                }
              },
              "additionalProperties": false
            }
          ]
        },
        "route": {
          "type": "object",
          "description": "A conditional branch: the first route whose 'when' holds is taken; the last route has no 'when'.",
          "required": [
            "to"
          ],
          "properties": {
            "to": {
              "$ref": "#/$defs/id"
            },
            "when": {
              "$ref": "#/$defs/condition"
            }
          },
          "patternProperties": {
            "^x-": {
              "description": "Ignored by tabletop: a place for your own notes and tools."
            }
          },
          "additionalProperties": false
        },
        "next": {
          "description": "Where the story goes: a scene or ending id, or routes tried in order.",
          "oneOf": [
            {
              "$ref": "#/$defs/id"
            },
            {
              "type": "array",
              "minItems": 1,
              "items": {
                "$ref": "#/$defs/route"
              }
            }
          ]
        },
        "sceneInject": {
          "type": "object",
          "description": "A message shown when the scene is entered (if 'when' holds then).",
          "required": [
            "from",
            "channel",
            "text"
          ],
          "properties": {
            "from": {
              "type": "string"
            },
            "channel": {
              "$ref": "#/$defs/channel"
            },
            "text": {
              "type": "string"
            },
            "when": {
              "$ref": "#/$defs/condition"
            }
          },
          "patternProperties": {
            "^x-": {
              "description": "Ignored by tabletop: a place for your own notes and tools."
            }
          },
          "additionalProperties": false
        },
        "timedInject": {
          "type": "object",
          "description": "A message that arrives at scenario time 'at' (if 'when' holds then), possibly changing variables.",
          "required": [
            "id",
            "at",
            "from",
            "channel",
            "text"
          ],
          "properties": {
            "id": {
              "$ref": "#/$defs/id"
            },
            "at": {
              "$ref": "#/$defs/scenarioDuration"
            },
            "when": {
              "$ref": "#/$defs/condition"
            },
            "from": {
              "type": "string"
            },
            "channel": {
              "$ref": "#/$defs/channel"
            },
            "text": {
              "type": "string"
            },
            "effects": {
              "type": "array",
              "items": {
                "$ref": "#/$defs/effect"
              }
            }
          },
          "patternProperties": {
            "^x-": {
              "description": "Ignored by tabletop: a place for your own notes and tools."
            }
          },
          "additionalProperties": false
        },
        "timeout": {
          "type": "object",
          "description": "What happens when the time limit runs out (taken as the option 'timeout').",
          "required": [
            "next"
          ],
          "properties": {
            "actions": {
              "type": "array",
              "items": {
                "$ref": "#/$defs/actionId"
              }
            },
            "effects": {
              "type": "array",
              "items": {
                "$ref": "#/$defs/effect"
              }
            },
            "takes": {
              "$ref": "#/$defs/scenarioDuration"
            },
            "feedback": {
              "type": "string"
            },
            "next": {
              "$ref": "#/$defs/next"
            }
          },
          "patternProperties": {
            "^x-": {
              "description": "Ignored by tabletop: a place for your own notes and tools."
            }
          },
          "additionalProperties": false
        },
        "option": {
          "type": "object",
          "description": "A choice offered to the team.",
          "required": [
            "id",
            "label",
            "next"
          ],
          "properties": {
            "id": {
              "allOf": [
                {
                  "$ref": "#/$defs/id"
                },
                {
                  "not": {
                    "const": "timeout"
                  }
                }
              ],
              "description": "Unique in its scene; 'timeout' is reserved."
            },
            "label": {
              "type": "string"
            },
            "role": {
              "allOf": [
                {
                  "$ref": "#/$defs/id"
                }
              ],
              "description": "The id of the role that owns this choice."
            },
            "when": {
              "allOf": [
                {
                  "$ref": "#/$defs/condition"
                }
              ],
              "description": "The option is offered only when this holds."
            },
            "actions": {
              "type": "array",
              "items": {
                "$ref": "#/$defs/actionId"
              },
              "description": "Response actions this choice performs (what playbooks score)."
            },
            "effects": {
              "type": "array",
              "items": {
                "$ref": "#/$defs/effect"
              }
            },
            "takes": {
              "allOf": [
                {
                  "$ref": "#/$defs/scenarioDuration"
                }
              ],
              "description": "Scenario time the decision takes (default 0m)."
            },
            "feedback": {
              "type": "string",
              "description": "Shown after the decision."
            },
            "next": {
              "$ref": "#/$defs/next"
            }
          },
          "patternProperties": {
            "^x-": {
              "description": "Ignored by tabletop: a place for your own notes and tools."
            }
          },
          "additionalProperties": false
        },
        "scene": {
          "type": "object",
          "description": "One step of the story.",
          "required": [
            "id",
            "title",
            "phase",
            "narrative",
            "prompt",
            "options"
          ],
          "properties": {
            "id": {
              "$ref": "#/$defs/id"
            },
            "title": {
              "type": "string"
            },
            "phase": {
              "$ref": "#/$defs/phase"
            },
            "narrative": {
              "type": "string"
            },
            "injects": {
              "type": "array",
              "items": {
                "$ref": "#/$defs/sceneInject"
              }
            },
            "prompt": {
              "type": "string"
            },
            "options": {
              "type": "array",
              "minItems": 1,
              "items": {
                "$ref": "#/$defs/option"
              }
            },
            "timeLimit": {
              "$ref": "#/$defs/realTimeDuration"
            },
            "onTimeout": {
              "$ref": "#/$defs/timeout"
            }
          },
          "patternProperties": {
            "^x-": {
              "description": "Ignored by tabletop: a place for your own notes and tools."
            }
          },
          "additionalProperties": false,
          "dependentRequired": {
            "timeLimit": [
              "onTimeout"
            ]
          }
        },
        "ending": {
          "type": "object",
          "description": "An ending of the drill.",
          "required": [
            "id",
            "title",
            "narrative",
            "outcome"
          ],
          "properties": {
            "id": {
              "$ref": "#/$defs/id"
            },
            "title": {
              "type": "string"
            },
            "narrative": {
              "type": "string"
            },
            "outcome": {
              "enum": [
                "success",
                "partial",
                "failure"
              ]
            }
          },
          "patternProperties": {
            "^x-": {
              "description": "Ignored by tabletop: a place for your own notes and tools."
            }
          },
          "additionalProperties": false
        }
      }
    }

    """#

    /// `Schemas/playbook.schema.json`, ending with a newline.
    public static let playbook = #"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "tabletop playbook (tabletop-playbook/1)",
      "description": "A team's prepared response that scores a drill. The format is defined in FORMATS.md; 'tabletop validate' also checks references between expectations and against the scenario.",
      "type": "object",
      "required": [
        "format",
        "id",
        "title",
        "expectations"
      ],
      "properties": {
        "$schema": {
          "type": "string",
          "description": "The schema this file follows, for editors."
        },
        "format": {
          "const": "tabletop-playbook/1"
        },
        "id": {
          "$ref": "#/$defs/id"
        },
        "title": {
          "type": "string"
        },
        "summary": {
          "type": "string"
        },
        "scenarios": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/id"
          },
          "description": "Ids of the scenarios this playbook was written for (pairs them)."
        },
        "partialCredit": {
          "type": "number",
          "minimum": 0,
          "maximum": 1,
          "description": "Share of the weight a late or out-of-order expectation earns; default 0.5."
        },
        "expectations": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/expectation"
          }
        },
        "avoid": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/avoid"
          }
        }
      },
      "patternProperties": {
        "^x-": {
          "description": "Ignored by tabletop: a place for your own notes and tools."
        }
      },
      "additionalProperties": false,
      "$defs": {
    \#(sharedDefinitions)
        "actions": {
          "description": "Exactly one of 'action' (one action id) or 'anyOf' (performing any one counts).",
          "oneOf": [
            {
              "required": [
                "action"
              ]
            },
            {
              "required": [
                "anyOf"
              ]
            }
          ]
        },
        "anyOf": {
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/$defs/actionId"
          }
        },
        "expectation": {
          "type": "object",
          "description": "Something the team expects itself to do.",
          "required": [
            "id",
            "title",
            "phase",
            "why"
          ],
          "properties": {
            "id": {
              "$ref": "#/$defs/id"
            },
            "title": {
              "type": "string"
            },
            "phase": {
              "$ref": "#/$defs/phase"
            },
            "action": {
              "$ref": "#/$defs/actionId"
            },
            "anyOf": {
              "$ref": "#/$defs/anyOf"
            },
            "weight": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1000000,
              "description": "Default 1."
            },
            "by": {
              "allOf": [
                {
                  "$ref": "#/$defs/scenarioDuration"
                }
              ],
              "description": "Deadline in scenario time; later is 'late' (partial credit)."
            },
            "after": {
              "type": "array",
              "items": {
                "$ref": "#/$defs/id"
              },
              "description": "Expectations that must come first; otherwise 'out-of-order' (partial credit)."
            },
            "critical": {
              "type": "boolean",
              "description": "Missing it caps the phase and the drill at rating M."
            },
            "owner": {
              "allOf": [
                {
                  "$ref": "#/$defs/id"
                }
              ],
              "description": "The role id that owns it, for the improvement plan."
            },
            "why": {
              "type": "string"
            }
          },
          "patternProperties": {
            "^x-": {
              "description": "Ignored by tabletop: a place for your own notes and tools."
            }
          },
          "additionalProperties": false,
          "allOf": [
            {
              "$ref": "#/$defs/actions"
            }
          ]
        },
        "avoid": {
          "type": "object",
          "description": "A mistake that costs points once, if any decision performs it.",
          "required": [
            "id",
            "title",
            "penalty",
            "why"
          ],
          "properties": {
            "id": {
              "$ref": "#/$defs/id"
            },
            "title": {
              "type": "string"
            },
            "action": {
              "$ref": "#/$defs/actionId"
            },
            "anyOf": {
              "$ref": "#/$defs/anyOf"
            },
            "penalty": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1000000
            },
            "phase": {
              "$ref": "#/$defs/phase"
            },
            "why": {
              "type": "string"
            }
          },
          "patternProperties": {
            "^x-": {
              "description": "Ignored by tabletop: a place for your own notes and tools."
            }
          },
          "additionalProperties": false,
          "allOf": [
            {
              "$ref": "#/$defs/actions"
            }
          ]
        }
      }
    }

    """#

    /// The definitions both schemas share (ids, action ids, phases, scenario durations), spliced into each `$defs`.
    ///
    /// Each schema file stands alone for editors, so the text is repeated in the output, not in the source.
    static let sharedDefinitions = #"""
        "id": {
          "type": "string",
          "pattern": "^[a-z0-9][a-z0-9-]{0,63}$",
          "description": "An id: \#(Identifiers.idRule)."
        },
        "actionId": {
          "type": "string",
          "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$",
          "description": "An action id (\#(Identifiers.actionIDRule)): a built-in one (RE&CT 'RA4601', 'sc.pin-dependency'; see 'tabletop actions') or one the scenario declares in 'actions'."
        },
        "phase": {
          "enum": [
            "preparation",
            "detection",
            "containment",
            "eradication",
            "recovery",
            "post-incident"
          ],
          "description": "An incident-response phase."
        },
        "scenarioDuration": {
          "type": "string",
          "pattern": "^(?:[0-9]+d)?(?:[0-9]+h)?(?:[0-9]+m)?$",
          "minLength": 2,
          "description": "Scenario time in whole minutes, e.g. \"90m\", \"1h30m\", \"2d\", \"0m\" (units d h m, in that order)."
        }
    """# + ","
}
