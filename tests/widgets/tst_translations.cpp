// Translations: the Chinese catalogue is complete and faithful to its sources (placeholders,
// markup, punctuation, mnemonics), and the code asks for its strings in the very contexts the
// catalogues use, so that a renamed class or a mistyped context cannot silently fall back to
// English.
#include "models/graphcommands.h"
#include "models/pipelinegraph.h"
#include "models/pipelinevalidator.h"
#include "models/projectdocument.h"
#include "models/projecterror.h"
#include "models/projectformat.h"
#include "models/projectstore.h"
#include "models/stageregistry.h"
#include "widgets/canvasscene.h"
#include "widgets/mainwindow.h"
#include "widgets/newprojectdialog.h"
#include "widgets/stagepalette.h"

#include <QApplication>
#include <QFile>
#include <QMenuBar>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Seedbed;

namespace {

const QString translationsDir = QStringLiteral(SEEDBED_TEST_DATA "/../../translations");

QString messageKey(const QString &context, const QString &source, const QString &comment)
{
    return context + QChar(4) + source + QChar(4) + comment;
}

struct TsMessage
{
    QString context;
    QString source;
    QString comment; // the disambiguation
    bool numerus = false;
    QString translationType;  // "unfinished", "obsolete", "vanished" or empty
    QStringList translations; // one entry, or one per numerus form

    QString where() const { return context + QStringLiteral(" / \"") + source + u'"'; }
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QSet<QString> contexts;
    QSet<QString> keys;
    QString error;

    bool contains(const QString &context, const QString &source, const QString &comment) const
    {
        return keys.contains(messageKey(context, source, comment));
    }
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS") {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == u"context") {
                context.clear();
            } else if (name == u"name") {
                context = xml.readElementText();
                ts.contexts.insert(context);
            } else if (name == u"message") {
                message = TsMessage();
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            } else if (name == u"source") {
                message.source = xml.readElementText();
            } else if (name == u"comment") {
                message.comment = xml.readElementText();
            } else if (name == u"translation") {
                message.translationType = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.translations.append(
                        xml.readElementText(QXmlStreamReader::IncludeChildElements));
            } else if (name == u"numerusform") {
                message.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            ts.messages.append(message);
            ts.keys.insert(messageKey(message.context, message.source, message.comment));
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

// Placeholders of QString::arg() and of numerus messages, with how often each occurs.
QMap<QString, int> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?([1-9]|n)"));
    QMap<QString, int> result;
    for (auto it = re.globalMatch(text); it.hasNext();)
        ++result[it.next().captured(1)];
    return result;
}

// HTML tags as Qt rich text knows them; "<opened>" and the like are plain text.
QStringList htmlTags(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("<(/?)(a|b|big|blockquote|body|br|center|code|dd|div|dl|dt|em|font|"
                       "h[1-6]|head|hr|html|i|img|kbd|li|nobr|ol|p|pre|qt|s|small|span|strong|"
                       "sub|sup|table|td|th|thead|tr|tt|u|ul)\\b[^<>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList tags;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        tags.append(match.captured(1) + match.captured(2).toLower());
    }
    return tags;
}

bool tagsBalanced(const QStringList &tags)
{
    static const QSet<QString> voidTags = {QStringLiteral("br"), QStringLiteral("hr"),
                                           QStringLiteral("img")};
    QStringList open;
    for (const QString &tag : tags) {
        if (voidTags.contains(tag))
            continue;
        if (!tag.startsWith(u'/'))
            open.append(tag);
        else if (open.isEmpty() || open.takeLast() != tag.mid(1))
            return false;
    }
    return open.isEmpty();
}

// The mnemonic letters of a text: "&&" is a literal ampersand, and so is the one in an
// abbreviation such as "Q&A".
QString mnemonics(const QString &text)
{
    QString result;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        const QChar next = text.at(i + 1);
        if (next == u'&') {
            ++i;
            continue;
        }
        if (i > 0 && text.at(i - 1).isUpper() && next.isUpper())
            continue;
        if (!next.isSpace())
            result.append(next.toUpper());
    }
    return result;
}

bool containsCjk(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.script() == QChar::Script_Han; });
}

// Answers every request with "[context]source" and remembers what was asked.
class RecordingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override
    {
        Q_UNUSED(n);
        if (!context || !sourceText)
            return {};
        const QString ctx = QString::fromUtf8(context);
        const QString source = QString::fromUtf8(sourceText);
        {
            QMutexLocker locker(&m_mutex);
            m_requests.insert(messageKey(ctx, source, QString::fromUtf8(disambiguation)));
        }
        return u'[' + ctx + u']' + source;
    }
    bool isEmpty() const override { return false; }

    void clear()
    {
        QMutexLocker locker(&m_mutex);
        m_requests.clear();
    }
    // Requests in our own contexts (Qt's own, such as QShortcut, are not ours to translate).
    QStringList ownRequests() const
    {
        QMutexLocker locker(&m_mutex);
        QStringList result;
        for (const QString &key : m_requests) {
            if (key.startsWith(QStringLiteral("Seedbed::")) ||
                key.startsWith(QStringLiteral("main") + QChar(4)))
                result.append(key);
        }
        result.sort();
        return result;
    }

private:
    mutable QMutex m_mutex;
    mutable QSet<QString> m_requests;
};

QString readable(const QString &key)
{
    QStringList parts = key.split(QChar(4));
    QString text = parts.value(0) + QStringLiteral(" / \"") + parts.value(1) + u'"';
    if (!parts.value(2).isEmpty())
        text += QStringLiteral(" (") + parts.value(2) + u')';
    return text;
}

Stage makeStage(const QString &type, const QString &name, QPointF position = {})
{
    const StageType *def = StageRegistry::instance().type(type);
    return {QUuid::createUuid(), type, name, position,
            def ? def->defaultSettings() : QVariantMap()};
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    // The catalogues as files.
    void catalogueLanguages();
    void everyMessageTranslated();
    void placeholdersKept();
    void htmlTagsKept();
    void trailingPunctuationKept();
    void mnemonicsFollowSource();
    void runtimeContextsExist();
    void cataloguesListTheSameMessages();
    void englishPluralForms();

    // The code asks in the catalogues' contexts.
    void stageRegistryUsesCatalogueContext();
    void validatorUsesCatalogueContext();
    void graphCommandsUseCatalogueContext();
    void projectErrorsUseCatalogueContext();
    void mainWindowAsksOnlyForKnownMessages();

private:
    void verifyRequestsKnown();

    TsFile m_zh;
    TsFile m_en;
    RecordingTranslator m_translator;
};

void TestTranslations::initTestCase()
{
    m_zh = readTs(translationsDir + QStringLiteral("/seedbed_zh_CN.ts"));
    QVERIFY2(m_zh.error.isEmpty(), qPrintable(m_zh.error));
    QVERIFY(!m_zh.messages.isEmpty());
    m_en = readTs(translationsDir + QStringLiteral("/seedbed_en.ts"));
    QVERIFY2(m_en.error.isEmpty(), qPrintable(m_en.error));
    QVERIFY(!m_en.messages.isEmpty());
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
}

void TestTranslations::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_translator);
}

void TestTranslations::init()
{
    m_translator.clear();
}

void TestTranslations::verifyRequestsKnown()
{
    const QStringList requests = m_translator.ownRequests();
    QVERIFY2(!requests.isEmpty(), "nothing was translated");
    QStringList unknown;
    for (const QString &key : requests) {
        if (!m_zh.keys.contains(key))
            unknown.append(readable(key));
    }
    QVERIFY2(unknown.isEmpty(),
             qPrintable(QStringLiteral("asked for messages that seedbed_zh_CN.ts lacks:\n  ") +
                        unknown.join(QStringLiteral("\n  "))));
}

void TestTranslations::catalogueLanguages()
{
    QCOMPARE(m_zh.language, QStringLiteral("zh_CN"));
    QCOMPARE(m_en.language, QStringLiteral("en"));
}

void TestTranslations::everyMessageTranslated()
{
    QStringList problems;
    for (const TsMessage &m : std::as_const(m_zh.messages)) {
        if (!m.translationType.isEmpty())
            problems.append(m.where() + QStringLiteral(": type=") + m.translationType);
        // Chinese has a single plural form.
        if (m.translations.size() != 1)
            problems.append(m.where() + QStringLiteral(": %1 forms").arg(m.translations.size()));
        for (const QString &t : m.translations) {
            if (t.trimmed().isEmpty())
                problems.append(m.where() + QStringLiteral(": empty"));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::placeholdersKept()
{
    QStringList problems;
    for (const TsMessage &m : std::as_const(m_zh.messages)) {
        for (const QString &t : m.translations) {
            if (placeholders(t) != placeholders(m.source))
                problems.append(m.where() + QStringLiteral(" -> ") + t);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::htmlTagsKept()
{
    QStringList problems;
    for (const TsMessage &m : std::as_const(m_zh.messages)) {
        QStringList sourceTags = htmlTags(m.source);
        std::sort(sourceTags.begin(), sourceTags.end());
        for (const QString &t : m.translations) {
            QStringList tags = htmlTags(t);
            const bool balanced = tagsBalanced(tags);
            std::sort(tags.begin(), tags.end());
            if (tags != sourceTags || !balanced)
                problems.append(m.where() + QStringLiteral(" -> ") + t);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::trailingPunctuationKept()
{
    const auto endsWithColon = [](const QString &text) {
        return text.endsWith(u':') || text.endsWith(u'：');
    };
    QStringList problems;
    for (const TsMessage &m : std::as_const(m_zh.messages)) {
        for (const QString &t : m.translations) {
            if (m.source.endsWith(u'…') != t.endsWith(u'…') ||
                endsWithColon(m.source) != endsWithColon(t))
                problems.append(m.where() + QStringLiteral(" -> ") + t);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::mnemonicsFollowSource()
{
    QStringList problems;
    for (const TsMessage &m : std::as_const(m_zh.messages)) {
        const QString expected = mnemonics(m.source);
        for (const QString &t : m.translations) {
            const QString actual = mnemonics(t);
            bool ok = actual.size() == expected.size();
            // Chinese text keeps the English key, in parentheses: "文件(&F)".
            if (ok && !actual.isEmpty() && containsCjk(t))
                ok = actual == expected &&
                     t.contains(QStringLiteral("(&") + expected + u')', Qt::CaseInsensitive);
            if (!ok)
                problems.append(m.where() + QStringLiteral(" -> ") + t);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::runtimeContextsExist()
{
    const QStringList contexts = {
        QStringLiteral("Seedbed::StageRegistry"), QStringLiteral("Seedbed::MainWindow"),
        QStringLiteral("Seedbed::GraphCommands"), QStringLiteral("Seedbed::PipelineValidator"),
        QStringLiteral("Seedbed::ProjectFormat"), QStringLiteral("Seedbed::ProjectDocument"),
        QStringLiteral("Seedbed::ProjectStore"),  QStringLiteral("Seedbed::InspectorWidget"),
        QStringLiteral("Seedbed::CanvasScene"),   QStringLiteral("main"),
    };
    for (const QString &context : contexts) {
        QVERIFY2(m_zh.contexts.contains(context), qPrintable(context));
        QVERIFY2(m_en.contexts.contains(context), qPrintable(context));
    }
}

void TestTranslations::cataloguesListTheSameMessages()
{
    QCOMPARE(m_zh.keys.size(), m_zh.messages.size()); // no duplicates
    const QSet<QString> onlyZh = m_zh.keys - m_en.keys;
    const QSet<QString> onlyEn = m_en.keys - m_zh.keys;
    QStringList problems;
    for (const QString &key : onlyZh)
        problems.append(QStringLiteral("only in zh_CN: ") + readable(key));
    for (const QString &key : onlyEn)
        problems.append(QStringLiteral("only in en: ") + readable(key));
    problems.sort();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::englishPluralForms()
{
    QStringList problems;
    int numerus = 0;
    for (const TsMessage &m : std::as_const(m_en.messages)) {
        if (!m.numerus)
            continue;
        ++numerus;
        if (!m.translationType.isEmpty() || m.translations.size() != 2 ||
            m.translations.at(0) == m.translations.at(1) ||
            std::any_of(m.translations.cbegin(), m.translations.cend(), [](const QString &t) {
                // %Ln: the count with the locale's group separators.
                return !t.contains(QStringLiteral("%n")) && !t.contains(QStringLiteral("%Ln"));
            }))
            problems.append(m.where());
    }
    QVERIFY(numerus > 0);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::stageRegistryUsesCatalogueContext()
{
    const StageRegistry &registry = StageRegistry::instance();
    const StageType *generate = registry.type(QStringLiteral("generate"));
    QVERIFY(generate);
    QCOMPARE(generate->displayName(), QStringLiteral("[Seedbed::StageRegistry]Generate"));

    const QString prefix = QStringLiteral("[Seedbed::StageRegistry]");
    QStringList untranslated;
    const auto expectTranslated = [&](const QString &text, const QString &what) {
        if (!text.startsWith(prefix))
            untranslated.append(what + QStringLiteral(": ") + text);
    };
    for (StageCategory category : StageRegistry::categories())
        expectTranslated(categoryName(category), QStringLiteral("category"));
    for (const StageType &type : registry.types()) {
        expectTranslated(type.displayName(), type.id);
        expectTranslated(type.description(), type.id);
        for (const PortDef &port : type.inputs)
            expectTranslated(port.label(), type.id + u'.' + port.id);
        for (const SettingDef &setting : type.settings) {
            const QString where = type.id + u'.' + setting.key;
            expectTranslated(setting.label(), where);
            if (qstrlen(setting.helpSource) > 0)
                expectTranslated(setting.help(), where);
            for (const QString &choice : setting.choices)
                expectTranslated(SettingDef::choiceLabel(choice), where + u'=' + choice);
        }
        // Cross-setting checks of every type, on defaults and on emptied settings.
        if (type.check) {
            type.check(type.defaultSettings());
            type.check({});
        }
    }
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u'\n')));

    // Every cross-setting check, made to complain.
    const QList<QPair<QString, QVariantMap>> broken = {
        {QStringLiteral("seed_table"), {}},
        {QStringLiteral("fact_list"), {}},
        {QStringLiteral("judge"),
         {{QStringLiteral("threshold"), 9}, {QStringLiteral("scaleMax"), 5}}},
        {QStringLiteral("rule_filter"),
         {{QStringLiteral("minChars"), 10},
          {QStringLiteral("maxChars"), 5},
          {QStringLiteral("mustMatch"), QStringLiteral("(")}}},
        {QStringLiteral("verify"),
         {{QStringLiteral("method"), QStringLiteral("command")},
          {QStringLiteral("command"), QString()}}},
        {QStringLiteral("split"),
         {{QStringLiteral("train"), 0.5},
          {QStringLiteral("validation"), 0.1},
          {QStringLiteral("test"), 0.1}}},
        {QStringLiteral("sample"),
         {{QStringLiteral("strategy"), QStringLiteral("stratified")},
          {QStringLiteral("stratifyField"), QString()}}},
    };
    for (const auto &[typeId, settings] : broken) {
        const StageType *type = registry.type(typeId);
        QVERIFY2(type && type->check, qPrintable(typeId));
        const QStringList problems = type->check(settings);
        QVERIFY2(!problems.isEmpty(), qPrintable(typeId));
        for (const QString &problem : problems)
            expectTranslated(problem, typeId + QStringLiteral(" check"));
    }
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u'\n')));
    verifyRequestsKnown();
}

void TestTranslations::validatorUsesCatalogueContext()
{
    PipelineGraph graph;
    // A generator with no input, no provider, no model and an out-of-range temperature; its
    // output goes nowhere.
    Stage generate = makeStage(QStringLiteral("generate"), QStringLiteral("Gen"));
    generate.settings[QStringLiteral("temperature")] = 99;
    graph.insertStage(generate);
    // Two rewrites feeding each other, with settings of the wrong kind.
    Stage first = makeStage(QStringLiteral("rewrite"), QStringLiteral("First"));
    first.settings[QStringLiteral("temperature")] = QStringLiteral("hot");
    first.settings[QStringLiteral("mode")] = QStringLiteral("no such choice");
    first.settings[QStringLiteral("variants")] = 1.5;
    first.settings[QStringLiteral("template")] = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Stage second = makeStage(QStringLiteral("rewrite"), QStringLiteral("Second"));
    graph.insertStage(first);
    graph.insertStage(second);
    graph.insertEdge({first.id, second.id, QStringLiteral("in")});
    graph.insertEdge({second.id, first.id, QStringLiteral("in")});
    graph.insertStage(makeStage(QStringLiteral("no_such_type"), QStringLiteral("Alien")));

    const QList<ValidationIssue> issues = PipelineValidator::validate(graph);
    QVERIFY(!issues.isEmpty());
    QStringList messages;
    for (const ValidationIssue &issue : issues)
        messages.append(issue.message);
    QVERIFY2(std::all_of(messages.cbegin(), messages.cend(),
                         [](const QString &message) {
                             return message.contains(
                                 QStringLiteral("[Seedbed::PipelineValidator]"));
                         }),
             qPrintable(messages.join(u'\n')));
    // Setting labels inside the messages come from the registry's context.
    QVERIFY2(messages.join(u'\n').contains(QStringLiteral("[Seedbed::StageRegistry]")),
             qPrintable(messages.join(u'\n')));

    // The graph's own refusals.
    QString reason;
    QVERIFY(!graph.canConnect({generate.id, generate.id, QStringLiteral("in")}, &reason));
    QVERIFY2(reason.startsWith(QStringLiteral("[Seedbed::PipelineGraph]")), qPrintable(reason));
    verifyRequestsKnown();
}

void TestTranslations::graphCommandsUseCatalogueContext()
{
    PipelineGraph graph;
    const Stage seed = makeStage(QStringLiteral("seed_table"), QStringLiteral("Seeds"));
    const Stage generate = makeStage(QStringLiteral("generate"), QStringLiteral("Gen"));
    const Stage judge = makeStage(QStringLiteral("judge"), QStringLiteral("Judge"));
    QUndoStack stack;

    auto *addOne = new AddStagesCommand(&graph, {seed});
    QCOMPARE(addOne->text(), QStringLiteral("[Seedbed::GraphCommands]Add Seeds"));
    stack.push(addOne);
    auto *addTwo = new AddStagesCommand(&graph, {generate, judge});
    QCOMPARE(addTwo->text(), QStringLiteral("[Seedbed::GraphCommands]Add 2 stage(s)"));
    stack.push(addTwo);

    const Edge edge{seed.id, generate.id, QStringLiteral("in")};
    const QList<QUndoCommand *> commands = {
        new ConnectCommand(&graph, edge),
        new ConnectCommand(&graph, edge, ConnectCommand::Disconnect),
        new MoveStagesCommand(&graph, {{seed.id, QPointF(10, 10)}}),
        new MoveStagesCommand(&graph, {{seed.id, QPointF(20, 20)}, {judge.id, QPointF(5, 5)}}),
        new RenameStageCommand(&graph, seed.id, QStringLiteral("Seeds 2")),
        new ChangeSettingCommand(&graph, generate.id, QStringLiteral("temperature"), 0.2),
        new RemoveItemsCommand(&graph, {judge.id}),
        new RemoveItemsCommand(&graph, {seed.id, generate.id}),
    };
    for (QUndoCommand *command : commands) {
        QVERIFY2(command->text().startsWith(QStringLiteral("[Seedbed::GraphCommands]")),
                 qPrintable(command->text()));
        stack.push(command);
    }
    QVERIFY(stack.text(stack.count() - 1).endsWith(QStringLiteral("Delete 2 stage(s)")));
    verifyRequestsKnown();
}

void TestTranslations::projectErrorsUseCatalogueContext()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ProjectError error;

    QVERIFY(!ProjectDocument::open(dir.filePath(QStringLiteral("missing")), &error));
    QVERIFY2(error.message.startsWith(QStringLiteral("[Seedbed::ProjectDocument]")),
             qPrintable(error.message));

    ProjectData data;
    QVERIFY(!ProjectFormat::parse("[1, 2", QStringLiteral("project.seedbed"), &data, &error));
    QVERIFY2(error.message.startsWith(QStringLiteral("[Seedbed::ProjectFormat]")),
             qPrintable(error.message));
    QVERIFY(!ProjectFormat::parse("{\"format\": \"other\"}", QStringLiteral("project.seedbed"),
                                  &data, &error));
    QVERIFY2(error.message.startsWith(QStringLiteral("[Seedbed::ProjectFormat]")),
             qPrintable(error.message));

    ProjectStore store;
    QVERIFY(!store.open(dir.filePath(QStringLiteral("missing.sqlite")), &error));
    QVERIFY2(error.message.startsWith(QStringLiteral("[Seedbed::ProjectStore]")),
             qPrintable(error.message));
    verifyRequestsKnown();
}

void TestTranslations::mainWindowAsksOnlyForKnownMessages()
{
    MainWindow window;
    QCOMPARE(window.windowTitle(), QStringLiteral("[Seedbed::MainWindow]Seedbed"));
    for (QAction *menu : window.menuBar()->actions())
        QVERIFY2(menu->text().startsWith(QStringLiteral("[Seedbed::MainWindow]")),
                 qPrintable(menu->text()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    {
        QSignalSpy opened(&window, &MainWindow::projectOpened);
        window.openExample();
        QVERIFY(opened.wait(30000));
        QVERIFY(opened.first().first().toBool());
    }
    QVERIFY(window.document());

    // One stage of every type, so that the inspector builds every kind of editor.
    QList<Stage> stages;
    qreal x = 0;
    for (const StageType &type : StageRegistry::instance().types())
        stages.append(makeStage(type.id, type.id, QPointF(x += 240, 900)));
    window.document()->undoStack()->push(new AddStagesCommand(window.document()->graph(), stages));
    QCoreApplication::processEvents();

    const QList<Stage> all = window.document()->graph()->stages();
    for (const Stage &stage : all) {
        window.scene()->selectStages({stage.id});
        QCoreApplication::processEvents();
    }
    window.scene()->selectStages({all.at(0).id, all.at(1).id});
    QCoreApplication::processEvents();
    window.scene()->deleteSelection();
    window.document()->undoStack()->undo();
    window.scene()->selectStages({});
    QCoreApplication::processEvents();
    window.palette()->setFilterText(QStringLiteral("no stage is called like this"));
    QCoreApplication::processEvents();
    window.closeProject();
    QCoreApplication::processEvents();

    // The new-project dialog, through the problems it reports as the user types.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    NewProjectDialog dialog(&window);
    dialog.setLocation(dir.path());
    for (const QString &name : {QString(), QStringLiteral("..."), QStringLiteral("Support")}) {
        dialog.setProjectName(name);
        QCoreApplication::processEvents();
    }
    verifyRequestsKnown();
}

int main(int argc, char **argv)
{
    // Keep settings, recent projects and the example copy away from the user's own.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SeedbedTest"));
    QApplication::setApplicationName(QStringLiteral("tst_translations"));
    TestTranslations test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translations.moc"
