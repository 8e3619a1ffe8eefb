#pragma once

#include "models/run/preview.h"

#include <QList>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class QGridLayout;
class QLabel;
class QScrollArea;

namespace Seedbed {

class PreviewCard;

/*! \brief The cards of a preview, in one column, or in two side by side for an A/B comparison
    (the same input rows aligned), each column headed by its figures: mean score, pass rate,
    mean length, tokens and cost per sample.

    A plain view: it is told the samples and figures (PreviewDock relays the engine's, throttled)
    and never asks for them, so that tests can feed it too. */
class PreviewBoard : public QWidget
{
    Q_OBJECT

public:
    explicit PreviewBoard(QWidget *parent = nullptr);

    /*! Replaces the cards: one column per title; \a samples are ordered by variant (the column),
        then row, then sample. */
    void reset(const QList<Run::PreviewSample> &samples, const QStringList &columnTitles);
    /*! Removes every card and shows \a placeholder instead. */
    void clear(const QString &placeholder);
    void setSample(int index, const Run::PreviewSample &sample);
    void setStats(int column, const Run::PreviewStats &stats);

    int cardCount() const { return int(m_cards.size()); }
    PreviewCard *card(int index) const { return m_cards.value(index); }
    int columnCount() const { return int(m_titles.size()); }
    /*! The figures of \a stats as shown under a column's title; \a scaleMax is the judge's
        scale (0: unknown). */
    static QString statsText(const Run::PreviewStats &stats, double scaleMax);

private:
    void advanceSpinners();

    QWidget *m_headers;
    QList<QLabel *> m_titles;
    QList<QLabel *> m_statsLabels;
    QList<double> m_scaleMax; // per column, from its samples
    QList<Run::PreviewStats> m_stats;
    QScrollArea *m_scroll;
    QWidget *m_content = nullptr;
    QGridLayout *m_grid = nullptr;
    QLabel *m_placeholder;
    QList<PreviewCard *> m_cards;
    QTimer m_spinner;
};

} // namespace Seedbed
