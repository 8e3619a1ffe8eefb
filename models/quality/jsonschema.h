#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

namespace Seedbed {

/*! \brief Checks model output against a JSON Schema, with messages a person reviewing failed
    records can read ("/score: 11 is above the maximum 10").

    \section1 Supported keywords
    The subset that OpenAI's structured outputs and typical dataset specifications use, with
    draft 2020-12 semantics:
    \list
    \li \c type (a name or an array of names; "integer" accepts any number without a fraction,
        so 3.0 is an integer), \c enum, \c const (numbers compare by value, objects without
        regard to key order);
    \li \c properties, \c patternProperties, \c required, \c additionalProperties (a boolean
        or a schema, applied to the fields that neither of the first two names);
    \li \c prefixItems, \c items (applied to the elements after the prefix; an \c items array
        is read as draft-07 did, as \c prefixItems with \c additionalItems for the rest),
        \c minItems, \c maxItems, \c uniqueItems;
    \li \c minLength, \c maxLength, counted in Unicode code points as the specification says:
        an emoji or a CJK character is one, a family emoji joined by zero-width joiners is
        several, a UTF-16 surrogate pair is one;
    \li \c pattern, matched with QRegularExpression (PCRE2) and unanchored, as the
        specification says: "^a" and "a$" anchor, "a" alone finds "a" anywhere. PCRE2 is close
        to, not the same as, ECMA 262: \\d and \\w are ASCII in both, but "$" also matches
        before a final newline;
    \li \c minimum, \c maximum, \c exclusiveMinimum, \c exclusiveMaximum (also draft-04's
        boolean form), \c multipleOf (exact for whole numbers; otherwise the quotient may be
        1e-9 off a whole number, so 0.3 is a multiple of 0.1);
    \li \c allOf, \c anyOf, \c oneOf, \c not, and \c $ref to any JSON pointer inside the schema
        ("#", "#/$defs/name", "#/definitions/name"; ~0, ~1 and percent escapes are decoded).
        Other keywords next to \c $ref apply as well (2020-12, not draft-07).
    \endlist
    \c format, \c title, \c description, \c default, \c examples and every keyword not listed
    (\c contains, \c if/then/else, \c unevaluatedProperties, \c $anchor, …) are ignored, which
    can only make validation more lenient. A schema is a JSON object or a boolean (true accepts
    everything, false nothing); anything else, and a keyword of the wrong kind (a \c minimum
    that is not a number, a \c required that is not an array of strings), is a schema error.

    \section1 Precompiling and limits
    parse() resolves every \c $ref and compiles every pattern once, so that validate() does no
    parsing: a small object takes microseconds. parse() rejects, as schema errors:
    \list
    \li a \c $ref that leaves the document ("other.json#/x"), names an anchor ("#name") or
        points at nothing or at something that is not a schema;
    \li a cycle that does not descend into the value (\c $ref, \c allOf, \c anyOf, \c oneOf and
        \c not that lead back to themselves: it would never finish); a recursive schema that
        descends through \c properties or \c items is fine;
    \li a pattern longer than maxPatternLength characters, or one PCRE2 cannot compile.
        QRegularExpression has no timeout; short patterns that backtrack catastrophically are
        stopped by PCRE2's own match limit, and such a value is reported as not matching;
    \li schemas nested deeper than maxDepth.
    \endlist
    validate() reports a value nested deeper than maxDepth levels of schema instead of
    descending further (a recursive schema on a 10 000-level array does not exhaust the stack),
    and stops after maxSteps subschema evaluations with a violation saying that the schema is
    too complex (anyOf inside anyOf through $ref can otherwise take exponential time).

    \section1 Threads
    A JsonSchema is immutable after parse(); copies share the compiled form, and validate() may
    run on several threads at once. */
class JsonSchema
{
public:
    /*! One way in which a value does not satisfy the schema. */
    struct Violation
    {
        /*! A JSON pointer into the value ("/items/2/answer"); empty for the value itself. A
            missing or unexpected field is reported at the object that should (not) hold it. */
        QString pointer;
        /*! Plain words, translated: "expected a string, got a number". */
        QString message;

        /*! "pointer: message", or the message alone for the value itself. */
        QString toString() const;
        bool operator==(const Violation &other) const = default;
    };

    /*! The longest pattern parse() accepts, in UTF-16 code units. */
    static constexpr qsizetype maxPatternLength = 1000;
    /*! The deepest nesting of schemas parse() accepts, and of subschema evaluations validate()
        follows. */
    static constexpr int maxDepth = 200;
    /*! How many subschema evaluations one validate() call may make. */
    static constexpr qint64 maxSteps = 2'000'000;

    /*! An invalid schema with an empty error(); validate() reports it. */
    JsonSchema();

    /*! Compiles \a schema, an object or a boolean; see isValid() for the outcome. */
    static JsonSchema parse(const QJsonValue &schema);
    /*! Compiles the schema in the JSON text \a json (an object, or true or false). */
    static JsonSchema fromJson(const QByteArray &json);
    /*! {"type": "object", "required": […], "properties": {each: {"type": "string",
        "minLength": 1}}}: every field in \a requiredStringFields must be a non-empty string;
        other fields are allowed. */
    static JsonSchema forFields(const QStringList &requiredStringFields);
    /*! From a simple flat description: field name → type ("string", "number", "integer",
        "boolean", "array", "object" or "null"). Every field is required, other fields are
        allowed; an unknown type name makes the schema invalid. */
    static JsonSchema forFieldTypes(const QMap<QString, QString> &fieldTypes);

    /*! Whether parse() succeeded. */
    bool isValid() const;
    /*! The first problem parse() found, with a JSON pointer into the schema:
        "/properties/age/minimum: must be a number". Empty when valid. */
    QString error() const;

    /*! The ways \a instance violates the schema, at most \a maxViolations of them (at least one
        is always reported for an invalid value); empty when it is valid. An invalid schema
        yields one violation that quotes error(). Thread-safe. */
    QList<Violation> validate(const QJsonValue &instance, int maxViolations = 20) const;
    /*! Whether \a instance satisfies the schema; stops at the first violation. */
    bool accepts(const QJsonValue &instance) const;

    /*! \internal The precompiled form, shared between copies. */
    struct Compiled;

private:
    std::shared_ptr<const Compiled> m_compiled;
    QString m_error;
};

} // namespace Seedbed
