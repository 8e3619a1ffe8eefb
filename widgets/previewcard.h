#pragma once

#include "models/run/preview.h"

#include <QColor>
#include <QFrame>

#include <utility>

class QLabel;
class QTextEdit;
class QToolButton;

namespace Seedbed {

/*! \brief One sample of a preview: its input row, the model's text as it streams, its state,
    and what the judge and filters downstream make of it.

    Everything the model or the input row says is shown as plain text: a sample may contain
    HTML or chat markup, which must read as written. setSample() is cheap when only text was
    added at the end (it is appended, not laid out again). */
class PreviewCard : public QFrame
{
    Q_OBJECT

public:
    explicit PreviewCard(QWidget *parent = nullptr);

    void setSample(const Run::PreviewSample &sample);
    const Run::PreviewSample &sample() const { return m_sample; }
    /*! The streamed text as shown. */
    QString text() const;
    /*! Turns the "streaming" indicator one step; the board calls it on a shared timer. */
    void advanceSpinner();
    bool isStreaming() const { return m_sample.state == Run::PreviewSample::State::Streaming; }

    /*! The badge's background and text colours for a score of \a fraction (0..1: red, amber,
        green) on \a palette, readable on light and dark palettes. */
    /*! \a amount of money in the current locale, with as many decimals as a fraction of a
        cent needs. */
    static QString formatAmount(double amount);
    /*! The colour of error text on \a palette: a red that reads on light and dark bases. */
    static QColor errorColour(const QPalette &palette);
    static std::pair<QColor, QColor> badgeColours(double fraction, const QPalette &palette);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateText();
    void updateState();
    void updateInput();
    void updateVerdict();
    void updateUsage();
    void updateColours();
    void elideInput();

    Run::PreviewSample m_sample;
    bool m_first = true;
    int m_spinnerStep = 0;
    QString m_shownText;
    QString m_inputSummary; // one line, before eliding
    QLabel *m_rowLabel;
    QLabel *m_stateLabel;
    QLabel *m_cachedLabel;
    QLabel *m_badge;
    QToolButton *m_inputToggle;
    QLabel *m_inputLabel;
    QTextEdit *m_textView;
    QLabel *m_errorLabel;
    QLabel *m_verdictLabel;
    QLabel *m_usageLabel;
    QToolButton *m_rationaleToggle;
    QLabel *m_rationaleLabel;
};

} // namespace Seedbed
