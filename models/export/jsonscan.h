#pragma once

// Internal to the exporter: reads the members of a stored JSON object without building a
// QJsonObject, and writes JSON strings and CSV cells, all in UTF-8. The stored fields are read
// once per record, so this is the export's hot path.

#include <QByteArray>
#include <QByteArrayView>
#include <QVarLengthArray>

namespace Seedbed::Export::JsonScan {

/*! \brief One member of a JSON object: its key (as written, without quotes), its value as
    written, and the kind of value. */
struct Member
{
    QByteArrayView key;
    QByteArrayView raw;
    char kind = 0;           //!< 's'tring, 'n'umber, 't'rue, 'f'alse, 'z' null, 'a'rray, 'o'bject
    bool keyEscaped = false; //!< the key contains a backslash escape
};

using Members = QVarLengthArray<Member, 24>;

/*! The members of the JSON object \a json, in order. False when \a json is not one object
    (then \a members is undefined). Checks structure, not every detail of numbers. */
bool scanObject(QByteArrayView json, Members *members);

/*! The member named \a name (UTF-8), or null. */
const Member *find(const Members &members, QByteArrayView name);

/*! The unescaped UTF-8 text of a JSON string \a raw (with its quotes), appended to \a out. */
void appendUnescaped(QByteArrayView raw, QByteArray &out);

/*! The text of a value for people: strings unescaped, numbers and booleans as written, null
    as nothing, arrays and objects as compact JSON. Appended to \a out. */
void appendText(const Member &member, QByteArray &out);

/*! \a text (UTF-8) as a JSON string with its quotes, appended to \a out. */
void appendJsonString(QByteArrayView text, QByteArray &out);

/*! Whether \a raw (a JSON value as written) has white space outside its strings. */
bool hasSpace(QByteArrayView raw);

/*! \a raw (a JSON array or object as written) without white space outside strings. */
void appendCompact(QByteArrayView raw, QByteArray &out);

} // namespace Seedbed::Export::JsonScan
