#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

#include <optional>

namespace Seedbed {

/*! \brief Decides the encoding of an imported file from its first bytes and decodes the rest
    in pieces of any size.

    A byte order mark decides UTF-8, UTF-16 or UTF-32. Without one, the sample is UTF-16 when
    every other byte is mostly zero (Latin text), UTF-8 when it is strictly valid UTF-8, and
    GB18030 otherwise, if the system's codecs (ICU) offer GB18030 and the sample decodes
    without error. Bytes that break the chosen encoding later in the file become U+FFFD;
    hasError() tells. Not a QObject, not thread-safe. */
class TextDecoder
{
public:
    /*! Chooses the encoding for \a sample, the first bytes of the input. Returns false and
        sets errorString() when the bytes are in no encoding the importer reads. */
    bool start(QByteArrayView sample);

    /*! The text of the next \a bytes of the input (from its very first byte, BOM included:
        the BOM is dropped here). A character split between two calls is decoded whole; some
        bytes may be held back until the next call or flush(). */
    QString decode(QByteArrayView bytes);
    /*! The text of the bytes held back; call when the input has ended. */
    QString flush();
    /*! The text of \a sample (which start() was given) on its own, without the BOM and
        without touching the state of decode(). */
    QString decodeSample(QByteArrayView sample) const;

    bool isStarted() const { return m_decoder.has_value(); }
    bool hasError() const { return m_decoder && m_decoder->hasError(); }
    /*! Where, in the text the last decode() or flush() returned, the first character that
        could not be decoded is to be looked for: its first U+FFFD from there on is it. -1 when
        that text brought no new error. With UTF-8 and GB18030 this is the start of the run of
        bytes (between two bytes below 0x30) that holds the error, whatever the pieces the input
        came in; with UTF-16 and UTF-32, the start of the text. */
    qsizetype errorSearchStart() const { return m_errorSearchStart; }
    /*! Whether the bytes so far end in the middle of a character (with Qt's own UTF codecs;
        ICU's GB18030 does not tell). */
    bool endsInsideCharacter() const { return m_decoder && m_decoder->isInsideCharacter(); }
    QString encoding() const { return m_encoding; }
    bool hasByteOrderMark() const { return m_bomLength > 0; }
    QString errorString() const { return m_error; }

    /*! Whether \a bytes, cut at an arbitrary place, is strict UTF-8; an incomplete
        character at the cut is not held against it. */
    static bool looksLikeUtf8(QByteArrayView bytes);

private:
    // QStringConverter keeps the bytes of an unfinished character in its protected state.
    class Decoder : public QStringDecoder
    {
    public:
        using QStringDecoder::QStringDecoder;
        bool isInsideCharacter() const { return state.remainingChars > 0; }
    };

    QString decodeRun(QByteArrayView bytes);
    qsizetype locateError(QByteArrayView bytes) const;

    std::optional<Decoder> m_decoder;
    qsizetype m_errorSearchStart = -1;
    // UTF-8 and GB18030 are decoded up to the last byte below 0x30, which no multi-byte
    // character contains: the decoder starts afresh there, whatever happened before, so
    // that the text (even of broken bytes) does not depend on where the input was cut.
    bool m_cutAtSingleBytes = false;
    QByteArray m_held;
    QString m_encoding;
    QByteArray m_codecName; // for decodeSample()
    QString m_error;
    qsizetype m_bomLength = 0;
    qsizetype m_bomToSkip = 0;
};

} // namespace Seedbed
