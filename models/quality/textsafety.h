#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVariantMap>

#include <optional>

namespace Seedbed::Quality {

/*! \brief What the language and safety rules of the rule filter decided about one record. */
struct SafetyVerdict
{
    /*! Why the record is filtered (translated); nothing when it passes. */
    std::optional<QString> reason;
    /*! The record's fields: with personal information masked when the "pii" setting is
        "mask", else as given. */
    QJsonObject fields;
    /*! For the record's meta: "masked" ({"email": 2, "phone": 1}) when something was masked,
        "pii" (the same shape) when personal information was found and flagged. */
    QJsonObject meta;
};

/*! \brief The language, blocklist and personal information rules of the rule filter.

    Every rule looks at every string in the record's fields, including strings inside arrays
    and objects (chat messages); keys are not looked at.

    \section1 Language
    detectLanguage() counts units of text: every Han character is one unit, and so is every
    run of letters of another script (a word; kana and Hangul count per character). Digits,
    punctuation, symbols, marks and white space are not counted. Then:
    \list
    \li \b Chinese: Han characters are at least 50% of the units, and kana fewer than 20% of
        Han and kana together (Japanese mixes both);
    \li \b English: Latin-script words are at least 50% of the units. This is script
        detection: French or German text is also "English";
    \li \b Other: any other text with units (Cyrillic, Arabic, Japanese, Korean, an even mix);
    \li \b Undetermined: no units at all (numbers, punctuation, empty). The language rule
        keeps such records: they are in no wrong language.
    \endlist
    Counting a Han character and an English word alike makes a Chinese sentence with a few
    English terms ("用 Python 写一个 quicksort 函数") Chinese, and an English sentence with a
    Chinese name English.

    \section1 Blocklist
    Entries and text are compared as TextNormalizer::normalize() leaves them: NFKC (full-width
    "ＳＰＡＭ" matches "spam"), case folding, white space collapsed. An entry with a CJK character
   matches anywhere (Chinese has no spaces between words); any other entry matches whole words only:
   it must not be preceded or followed by a letter or digit, so "ass" does not match "class". An
   entry may contain several words ("as an AI").

    \section1 Personal information
    findPii() finds, without overlaps (earlier kinds in this list win):
    \list
    \li \b Email addresses: local part, "@", a domain with a dot and a top-level domain of at
        least two letters;
    \li \b Phone numbers: international ("+" and 8 to 15 digits, spaces, dashes, dots or
        parentheses between groups) and Chinese mobile numbers (11 digits 1[3-9]…, optionally
        grouped 3-4-4 by spaces or dashes, not part of a longer number);
    \li \b Chinese resident ID numbers: 17 digits and a check character (a digit or X) whose
        ISO 7064 MOD 11-2 checksum is right, with a real birth date (1900 to 2099) in digits
        7-14;
    \li \b Card numbers: 13 to 19 digits, optionally grouped by single spaces or dashes, that
        pass the Luhn check and are not all one digit.
    \endlist
    Plain digit runs that fail these checks (order numbers, timestamps) are left alone. Masking
    replaces each with [EMAIL], [PHONE], [ID] or [CARD]. Pure functions, thread-safe. */
class TextSafety
{
    Q_DECLARE_TR_FUNCTIONS(Seedbed::Quality::TextSafety)

public:
    enum class Language { Undetermined, Chinese, English, Other };
    enum class PiiKind { Email, Phone, IdNumber, Card };

    /*! One piece of personal information in a text. */
    struct PiiMatch
    {
        PiiKind kind;
        qsizetype start;  //!< in UTF-16 code units
        qsizetype length; //!< in UTF-16 code units

        bool operator==(const PiiMatch &other) const = default;
    };

    /*! The rule filter's language, blocklist and pii \a settings applied to \a fields, in this
        order; the first rule that filters gives the reason. "language": any, zh, en or
        other; "blocklist": a list of strings; "pii": off, flag or mask. */
    static SafetyVerdict apply(const QVariantMap &settings, const QJsonObject &fields);

    /*! The script \a text is written in, as described in the class documentation. */
    static Language detectLanguage(QStringView text);
    /*! The language code the "language" setting uses: "zh", "en", "other"; empty for
        Undetermined. */
    static QString languageCode(Language language);
    /*! The personal information in \a text, in order of position. */
    static QList<PiiMatch> findPii(QStringView text);
    /*! "email", "phone", "id", "card": the keys of meta.masked. */
    static QString piiKey(PiiKind kind);
    /*! \a text with every match of findPii() replaced by its placeholder; counts per kind are
        added to \a counts when given. */
    static QString maskPii(QStringView text, QMap<PiiKind, int> *counts = nullptr);
    /*! The first entry of \a blocklist found in \a text, as described in the class
        documentation; nothing when none is. */
    static std::optional<QString> findBlocked(QStringView text, const QStringList &blocklist);

    /*! Whether \a number (digits only) passes the Luhn check. */
    static bool luhnValid(QStringView digits);
    /*! Whether \a id (17 digits and a digit or X) is a valid Chinese resident ID number:
        checksum and birth date. */
    static bool chineseIdValid(QStringView id);
};

} // namespace Seedbed::Quality
