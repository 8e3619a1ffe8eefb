#pragma once

#include <QByteArray>
#include <QFlags>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Seedbed::Quality {

/*! \brief Normalises text so that exact deduplication ignores differences no reader would
    call a difference.

    normalize() applies, in this order: Unicode NFKC (full-width letters and digits become
    ASCII, ligatures are split, U+3000 becomes a space, "，" becomes ","), full case folding
    (so "Straße" and "STRASSE" agree, and final sigma equals sigma), NFKC again (folding can
    leave text unnormalised), removal of invisible format characters (category Cf: zero-width
    space and joiners, soft hyphen, byte order mark), and collapsing every run of white space
    to one U+0020 with none at either end. Options remove punctuation everywhere or only at
    both ends. Pure functions, thread-safe. */
class TextNormalizer
{
public:
    enum class Option {
        NoOption = 0x0,
        /*! Punctuation (Unicode categories P*) at either end is removed, together with white
            space between it and the text: "«Hello!» " becomes "hello". */
        TrimPunctuation = 0x1,
        /*! Every punctuation character counts as white space: "Hello,world!" and
            "hello world" agree. Symbols (+, $, emoji) are kept. */
        RemovePunctuation = 0x2,
    };
    Q_DECLARE_FLAGS(Options, Option)

    /*! \a text normalised as described in the class documentation. */
    static QString normalize(QStringView text, Options options = {});

    /*! The key of a record for exact deduplication: the lowercase hex SHA-256 (64 characters)
        of the number of fields followed by each normalised field's UTF-8 bytes, each prefixed
        with its length. The length prefixes make the encoding unambiguous, so ["ab", "c"],
        ["a", "bc"], ["abc"] and ["abc", ""] all have different keys, whatever characters the
        fields contain. */
    static QByteArray exactKey(const QStringList &fieldValues, Options options = {});
};

Q_DECLARE_OPERATORS_FOR_FLAGS(TextNormalizer::Options)

} // namespace Seedbed::Quality
