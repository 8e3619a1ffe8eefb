#pragma once

#include "models/llm/providerprofile.h"
#include "models/projectformat.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <memory>
#include <optional>

namespace Seedbed::Llm {
class LlmClient;
}

namespace Seedbed::Run {

class PreviewSession;

/*! \brief One side of a preview: what differs from the project as it is. A and B of an A/B
    comparison are two variants over the same input rows. */
struct PreviewVariant
{
    QString label; //!< shown above its column: "A", "v3", "gpt-4o-mini", "T=0.2"…
    /*! The system and user text of the previewed stage's prompt template, instead of the
        project's (a saved version, or the editor's unsaved text); unset: the project's. */
    std::optional<QString> system;
    std::optional<QString> user;
    QString profileOverride;            //!< the previewed stage only; empty: its own profile
    QString modelOverride;              //!< the previewed stage only; empty: its own model
    std::optional<double> temperature;  //!< the previewed stage only
};

/*! \brief What to preview. */
struct PreviewOptions
{
    QString projectDir;                   //!< holds data.sqlite, whose response cache is used
    ProjectData project;                  //!< the graph as it is now (unsaved edits included)
    QList<Llm::ProviderProfile> profiles; //!< from ProfileStore
    QHash<QString, QByteArray> keys;      //!< by profile id or name; never stored
    QUuid stage;                          //!< the previewed LLM stage
    int rows = 5;                         //!< input rows taken from the source(s), 1..100
    bool randomRows = false;              //!< false: the first rows; true: a seeded sample
    quint32 seed = 0;                     //!< for randomRows
    QList<PreviewVariant> variants;       //!< one (plain preview) or two (A/B); none: one plain
};

/*! \brief One sample of the previewed stage for one input row and variant: a card. */
struct PreviewSample
{
    enum class State {
        Waiting,   //!< upstream work or the request not started yet
        Streaming, //!< text is arriving
        Done,      //!< the stage produced an ok record (downstream verdicts may follow)
        Failed,    //!< the previewed stage or an upstream one failed: see error
        Dropped,   //!< an upstream filter removed the input: see error for why
    };

    int variant = 0;  //!< index into PreviewOptions::variants
    int row = 0;      //!< index of the input row among the previewed rows (0..rows-1)
    int sample = 0;   //!< sample index for generators with several samples per input
    QString rowLabel; //!< e.g. "row 12" (the source row it came from, 1-based)
    QJsonObject input;  //!< the fields the previewed stage received
    State state = State::Waiting;
    QString text;       //!< the model's answer so far (streamed), then complete
    QString reasoning;  //!< reasoning text, if the model sent any
    QJsonObject output; //!< the fields the stage added, when Done
    QString error;      //!< why it failed, in words, for Failed and Dropped
    bool cached = false; //!< answered from the response cache: cost nothing

    // The verdict of the stages downstream of the previewed one (judges and rule filters
    // that follow it, directly or through each other), when there are any.
    QString judgeName;                 //!< the first judge downstream; empty when none
    std::optional<double> score;       //!< its score, when it has judged
    double scaleMax = 0;               //!< the judge's scale (1 for pass/fail)
    std::optional<bool> passed;        //!< score reached the judge's threshold
    QString rationale;                 //!< the judge's reasoning, if its template asks for it
    QString judgeError;                //!< the judge failed on this sample: why
    std::optional<bool> kept;          //!< whether every downstream filter keeps it (and the
                                       //!< judge's threshold); unset while undecided or none
    QStringList filterReasons;         //!< why filters would drop it, one per filter

    qint64 promptTokens = 0;     //!< of the previewed stage's call (0 when cached)
    qint64 completionTokens = 0; //!< idem
    bool tokensEstimated = false;
    QMap<QString, double> cost;  //!< by currency, from the profile's prices; empty: unknown
};

/*! \brief Per-variant figures for the A/B summary. */
struct PreviewStats
{
    int samples = 0;   //!< cards of this variant
    int finished = 0;  //!< Done or Failed or Dropped
    int failed = 0;
    std::optional<double> meanScore; //!< over the judged samples; unset when none
    std::optional<double> passRate;  //!< share kept by the downstream judge/filters; unset
                                     //!< when there are none or nothing is decided yet
    double meanLength = 0;           //!< characters of the answers of Done samples
    double tokensPerSample = 0;      //!< prompt + completion tokens per Done sample
    QMap<QString, double> costPerSample; //!< by currency, per Done sample
};

/*! \brief Runs the stages up to one LLM stage on a few input rows, in memory, and streams that
    stage's samples as they come; then runs the judges and rule filters downstream of it on
    each sample.

    Nothing is written to the project's records. LLM calls go through the same request
    building (StageLogic::buildRequest), cache key (StageLogic::cacheKey, with the stage's
    salt from stage_state) and response cache (data.sqlite's response_cache) as runs do, and
    successful answers are added to that cache: previewing unchanged input again costs
    nothing, a changed prompt only calls the stages whose requests changed, and a later run
    reuses what the preview paid for.

    The engine owns its LlmClient. Signals arrive in the engine's thread. */
class PreviewEngine : public QObject
{
    Q_OBJECT

public:
    explicit PreviewEngine(QObject *parent = nullptr);
    ~PreviewEngine() override;

    /*! Starts a preview; false with \a error (in words, for the user) when it cannot start:
        the stage is not an LLM stage, it has no source upstream, the source has no rows, a
        profile is missing… A running preview is cancelled first. The cards exist (Waiting)
        when this returns. */
    bool start(const PreviewOptions &options, QString *error = nullptr);
    /*! Stops: requests in flight are aborted; their cards become Failed ("stopped"). */
    void cancel();
    bool isRunning() const;

    const PreviewOptions &options() const;
    /*! The cards, ordered by variant, then row, then sample. Stable while running. */
    const QList<PreviewSample> &samples() const;
    PreviewStats stats(int variant) const;

    /*! LLM requests sent and answered from the cache in the current preview. */
    int callsSent() const;
    int cacheHits() const;
    /*! Something the user should know about the current preview as a whole, in words: that
        its answers are not cached (the project has no data file yet…), that a stage after the
        previewed one cannot judge… Empty when there is nothing to say. */
    QString notice() const;

Q_SIGNALS:
    /*! The cards were (re)created by start(). */
    void samplesReset();
    /*! Card \a index changed: streamed text, state, verdict… */
    void sampleChanged(int index);
    /*! Everything is decided, or the preview was cancelled. */
    void finished();

private:
    Llm::LlmClient *llm();

    Llm::LlmClient *m_llm = nullptr; // made on the first start(), kept: its connections stay warm
    std::unique_ptr<PreviewSession> m_session;
    PreviewOptions m_options;
    QList<PreviewSample> m_samples;
    friend class PreviewSession;
};

} // namespace Seedbed::Run

Q_DECLARE_METATYPE(Seedbed::Run::PreviewSample)
