#include "ConnectionJson.h"
#include "MappingEditor.h"
#include "RuleEditor.h"
#include "RulePreviewPanel.h"
#include "RuleRunModel.h"
#include "RuleTestPanel.h"
#include "SourceSettingsEditor.h"
#include "TestSupport.h"
#include "UserFilterEditor.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

QString data(const char *name)
{
    return test::sourceDir() + QStringLiteral("/tests/directory/data/") + QLatin1String(name);
}

OutboundRule csvRule(const QString &file)
{
    SourceSettings s;
    s.csv.file = file;
    s.csv.keyColumn = QStringLiteral("employeeId");
    const QStringList columns = CsvSource::inspect(file).columns;
    if (columns.contains(QStringLiteral("status"))) {
        s.csv.disabledColumn = QStringLiteral("status");
        s.csv.disabledValue = QStringLiteral("Disabled");
    }
    OutboundRule r = OutboundRule::withDefaults(s, columns);
    r.mapping.setDefaultCountryCode(QStringLiteral("1"));
    return r;
}

void setMapping(MappingEditor *editor, ZoomAttribute attribute, int kind, const QString &text)
{
    editor->kindBox(attribute)->setCurrentIndex(kind);
    editor->valueBox(attribute)->setEditText(text);
}

enum { NotMapped, FromAttribute, FromConstant, FromExpression };

} // namespace

class TestRuleEditor : public QObject
{
    Q_OBJECT
private slots:
    void mappingEditorValidatesInline()
    {
        MappingEditor editor;
        editor.setSourceAttributes(
            {QStringLiteral("email"), QStringLiteral("mail2"), QStringLiteral("givenName")});
        setMapping(&editor, ZoomAttribute::UserName, FromAttribute, QStringLiteral("email"));
        setMapping(&editor, ZoomAttribute::Email, FromAttribute, QStringLiteral("email"));
        QVERIFY(!editor.isUserNameEmailWarningShown());
        QVERIFY(!editor.hasErrors());

        // Different sources: the prominent warning with the reference's explanation.
        setMapping(&editor, ZoomAttribute::Email, FromAttribute, QStringLiteral("mail2"));
        QVERIFY(editor.isUserNameEmailWarningShown());
        setMapping(&editor, ZoomAttribute::UserName, FromExpression, QStringLiteral("lower(mail2)"));
        QVERIFY(!editor.isUserNameEmailWarningShown());

        setMapping(&editor, ZoomAttribute::UserType, FromConstant, QStringLiteral("Gold"));
        QVERIFY(
            editor.errorFor(ZoomAttribute::UserType).contains(QLatin1String("Basic, Licensed or On-Prem")));
        QVERIFY(editor.hasErrors());
        setMapping(&editor, ZoomAttribute::UserType, FromConstant, QStringLiteral("Pro"));
        QVERIFY(editor.errorFor(ZoomAttribute::UserType).isEmpty());

        setMapping(&editor, ZoomAttribute::Title, FromExpression, QStringLiteral("upper(title"));
        QVERIFY(editor.errorFor(ZoomAttribute::Title).contains(QLatin1String("column 12")));
        setMapping(&editor, ZoomAttribute::Title, FromAttribute, QStringLiteral("jobTitle"));
        QVERIFY(editor.errorFor(ZoomAttribute::Title).isEmpty());
        QVERIFY(editor.warningFor(ZoomAttribute::Title).contains(QLatin1String("no attribute \"jobTitle\"")));

        setMapping(&editor, ZoomAttribute::UserName, NotMapped, {});
        QVERIFY(editor.errorFor(ZoomAttribute::UserName).contains(QLatin1String("required")));

        // What the rows say is what mapping() returns.
        setMapping(&editor, ZoomAttribute::UserName, FromAttribute, QStringLiteral("email"));
        const AttributeMapping m = editor.mapping();
        QCOMPARE(m.source(ZoomAttribute::UserType), MappingSource::constant(QStringLiteral("Pro")));
        QCOMPARE(m.source(ZoomAttribute::UserName), MappingSource::attribute(QStringLiteral("email")));
        editor.setMapping(m);
        QCOMPARE(editor.mapping(), m);
    }

    void loadAndSaveKeepTheDocumentedRule()
    {
        QFile f(test::sourceDir() + QStringLiteral("/docs/examples/connection-csv.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        Connection c;
        QVERIFY(ConnectionJson::fromJson(QJsonDocument::fromJson(f.readAll()).object(), &c).isEmpty());
        RuleEditor editor;
        editor.load(c);
        QJsonObject saved;
        QVERIFY(editor.save(&saved));
        QCOMPARE(saved, c.rule);

        Connection ldap;
        QFile l(test::sourceDir() + QStringLiteral("/docs/examples/connection-ldap.json"));
        QVERIFY(l.open(QIODevice::ReadOnly));
        QVERIFY(ConnectionJson::fromJson(QJsonDocument::fromJson(l.readAll()).object(), &ldap).isEmpty());
        editor.load(ldap);
        // The bind DN needs its password before the rule can be saved; it never goes into the JSON.
        QVERIFY(!editor.save(&saved));
        QCOMPARE(editor.tabs()->currentWidget(), editor.sourceEditor());
        editor.setSourcePassword(QStringLiteral("s3cret-pw"));
        QVERIFY(editor.save(&saved));
        QCOMPARE(saved, ldap.rule);
        QVERIFY(!QJsonDocument(saved).toJson().contains("s3cret-pw"));
    }

    void saveRefusesAnInvalidMapping()
    {
        RuleEditor editor;
        editor.setRule(csvRule(data("people-bom-crlf.csv")));
        setMapping(
            editor.mappingEditor(), ZoomAttribute::UserName, FromConstant, QStringLiteral("x@example.com"));
        QJsonObject saved;
        QVERIFY(!editor.save(&saved));
        QVERIFY(saved.isEmpty());
        QCOMPARE(editor.tabs()->currentWidget(), editor.mappingEditor());
    }

    void previewShowsTheExactScimJson()
    {
        RuleEditor editor;
        editor.setRule(csvRule(data("people-bom-crlf.csv")));
        RulePreviewPanel *preview = editor.previewPanel();
        QSignalSpy found(preview, &RulePreviewPanel::searchFinished);
        preview->search(QStringLiteral("Zoë"));
        QVERIFY(found.wait(10000));
        QCOMPARE(found.constFirst().constFirst().toInt(), 1);
        const QJsonObject create = QJsonDocument::fromJson(preview->createJson().toUtf8()).object();
        QCOMPARE(
            create.value(QStringLiteral("userName")).toString(), QStringLiteral("zoe.muller@example.com"));
        QCOMPARE(
            create.value(QStringLiteral("name")).toObject().value(QStringLiteral("givenName")).toString(),
            QStringLiteral("Zoë"));
        QCOMPARE(create.value(QStringLiteral("phoneNumbers"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toString(),
            QStringLiteral("+1 5125550123"));
        QCOMPARE(create.value(QStringLiteral("active")).toBool(), true);
        const QJsonObject update = QJsonDocument::fromJson(preview->updateJson().toUtf8()).object();
        QVERIFY(!update.contains(QStringLiteral("userName")));
        QVERIFY(!update.contains(QStringLiteral("active")));
        QVERIFY(update.contains(QStringLiteral("schemas")));
        QVERIFY(preview->verdict().startsWith(QLatin1String("In scope")));

        // Editing the mapping re-maps the shown person at once.
        setMapping(
            editor.mappingEditor(), ZoomAttribute::Title, FromConstant, QStringLiteral("Preview Title"));
        QVERIFY(preview->createJson().contains(QLatin1String("Preview Title")));
        setMapping(editor.mappingEditor(), ZoomAttribute::Locale, FromConstant, QStringLiteral("klingon"));
        QVERIFY(editor.mappingEditor()->hasErrors());
        QVERIFY(preview->verdict().startsWith(QLatin1String("Invalid")));
        QVERIFY(preview->problems().join(QString()).contains(QLatin1String("klingon")));
        setMapping(editor.mappingEditor(), ZoomAttribute::Locale, NotMapped, {});
        QVERIFY(!editor.mappingEditor()->hasErrors());

        // A disabled person is previewed as inactive; a filtered-out one says why.
        found.clear();
        preview->search(QStringLiteral("ann.lee"));
        QVERIFY(found.wait(10000));
        QVERIFY(preview->verdict().contains(QLatin1String("inactive")));
        editor.filterEditor()->addCondition(
            {QStringLiteral("department"), FilterCondition::Operator::Equals, QStringLiteral("Engineering")});
        QVERIFY(preview->verdict().startsWith(QLatin1String("Out of scope")));
        QVERIFY(preview->createJson().isEmpty());
    }

    void previewShowsProblems()
    {
        RuleEditor editor;
        editor.setRule(csvRule(data("people-duplicates.csv")));
        QSignalSpy found(editor.previewPanel(), &RulePreviewPanel::searchFinished);
        editor.previewPanel()->search(QStringLiteral("D3"));
        QVERIFY(found.wait(10000));
        QVERIFY(editor.previewPanel()->verdict().startsWith(QLatin1String("Invalid")));
        QVERIFY(
            editor.previewPanel()->problems().join(QString()).contains(QLatin1String("Username: no value")));
    }

    void testRuleCountsAndExports()
    {
        RuleEditor editor;
        editor.setRule(csvRule(data("people-duplicates.csv")));
        RuleTestPanel *panel = editor.testPanel();
        QSignalSpy finished(panel, &RuleTestPanel::finished);
        panel->run();
        QVERIFY(panel->isRunning());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.constFirst().constFirst().toBool(), true);
        QVERIFY2(
            panel->countsText().startsWith(QLatin1String("1 in scope")), qPrintable(panel->countsText()));
        QVERIFY(panel->countsText().contains(QLatin1String("5 invalid")));
        QCOMPARE(panel->model()->rowCount(), 6);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(panel->exportCsv(file));
        QFile out(file);
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(out.readAll().count("\r\n"), 7);
    }

    void sourceTestAndColumnsFeedTheMapping()
    {
        RuleEditor editor;
        SourceSettings s;
        s.csv.file = data("people-semicolon.csv");
        s.csv.keyColumn = QStringLiteral("employeeId");
        editor.setRule(OutboundRule::withDefaults(s));
        SourceSettingsEditor *source = editor.sourceEditor();
        QSignalSpy tested(source, &SourceSettingsEditor::testFinished);
        source->testSource();
        QVERIFY(tested.wait(10000));
        QCOMPARE(tested.constFirst().constFirst().toBool(), true);
        QVERIFY2(source->testSummary().startsWith(QLatin1String("2 person(s) found")),
            qPrintable(source->testSummary()));
        QCOMPARE(source->sampleTable()->rowCount(), 2);
        // The columns now fill the mapping's lists.
        QComboBox *user = editor.mappingEditor()->valueBox(ZoomAttribute::UserName);
        QVERIFY(user->findText(QStringLiteral("department")) >= 0);

        // A file that does not exist: the test says so and nothing crashes.
        SourceSettings missing = s;
        missing.csv.file = data("nope.csv");
        editor.setRule(OutboundRule::withDefaults(missing));
        tested.clear();
        source->testSource();
        QVERIFY(tested.wait(10000));
        QCOMPARE(tested.constFirst().constFirst().toBool(), false);
    }
};

QTEST_MAIN(TestRuleEditor)
#include "TestRuleEditor.moc"
