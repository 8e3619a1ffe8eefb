#pragma once

#include <QByteArrayView>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Seedbed::JsonScan {

/*! \brief Appends to \a keys the keys of the objects at nesting \a depth of valid JSON
    \a json, in the order they are written, skipping those already in \a seen (which gets
    the new ones). Depth 1 is a top-level object, depth 2 the objects of a top-level array.

    QJsonObject sorts its keys; the importer needs the order the author chose. */
void collectKeys(QByteArrayView json, int depth, QStringList &keys, QSet<QString> &seen);

/*! \brief The byte offsets at which the elements of the top-level array of valid JSON
    \a json start. */
QList<qsizetype> arrayElementOffsets(QByteArrayView json);

/*! \brief The 1-based line and character column of the byte before \a offset in UTF-8
    \a text: QJsonParseError::offset points just past the character it stumbled on. */
struct Position
{
    qint64 line = 1;
    qint64 column = 1;
};
Position positionBefore(QByteArrayView text, qsizetype offset);

/*! \brief Like positionBefore(), but for the character that starts at \a offset. */
Position positionAt(QByteArrayView text, qsizetype offset);

/*! \brief positionAt() for increasing offsets into the same text, in one pass over it. */
class Locator
{
public:
    explicit Locator(QByteArrayView text)
        : m_text(text)
    {}
    /*! \a offset must not be smaller than in the previous call. */
    Position at(qsizetype offset);

private:
    QByteArrayView m_text;
    qsizetype m_scanned = 0;
    qsizetype m_lineStart = 0;
    qint64 m_line = 1;
};

} // namespace Seedbed::JsonScan
