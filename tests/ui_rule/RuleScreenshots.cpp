// Renders the outbound rule editor's pages to PNG files (scripts/screenshots-rule). Test-only: it
// drives the real widgets with the documented example rule and its CSV, offscreen, and grabs them
// with QWidget::grab. Not part of the shipped app.
#include "ConnectionJson.h"
#include "MappingEditor.h"
#include "RuleEditor.h"
#include "RulePreviewPanel.h"
#include "RuleTestPanel.h"
#include "SourceSettingsEditor.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTextStream>

using namespace pd;

namespace {

QString outDir;
bool failedAny = false;

void save(QWidget *w, const QString &name)
{
    QTest::qWait(150);
    const QString path = QDir(outDir).filePath(QStringLiteral("rule-%1.png").arg(name));
    if (!w->grab().save(path)) {
        QTextStream(stderr) << "cannot write " << path << Qt::endl;
        failedAny = true;
        return;
    }
    QTextStream(stdout) << path << Qt::endl;
}

void check(bool ok, const char *what)
{
    if (!ok) {
        QTextStream(stderr) << "screenshot step failed: " << what << Qt::endl;
        failedAny = true;
    }
}

Connection example(const QString &sourceDir, const char *name)
{
    QFile f(sourceDir + QStringLiteral("/docs/examples/") + QLatin1String(name));
    Connection c;
    if (!f.open(QIODevice::ReadOnly)
        || !ConnectionJson::fromJson(QJsonDocument::fromJson(f.readAll()).object(), &c).isEmpty())
        check(false, name);
    return c;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        QTextStream(stderr) << "usage: provisiondesk_rule_screenshots SOURCE_DIR OUT_DIR" << Qt::endl;
        return 2;
    }
    const QString sourceDir = args.at(1);
    outDir = args.at(2);
    QDir().mkpath(outDir);

    // The documented CSV rule, reading the documented sample file.
    Connection csv = example(sourceDir, "connection-csv.json");
    QJsonObject rule = csv.rule;
    QJsonObject source = rule.value(QStringLiteral("source")).toObject();
    source.insert(
        QStringLiteral("file"), QString(sourceDir + QStringLiteral("/docs/examples/zoom-users.csv")));
    rule.insert(QStringLiteral("source"), source);
    csv.rule = rule;

    RuleEditor editor;
    editor.resize(1180, 780);
    editor.setWindowTitle(QStringLiteral("Outbound rule"));
    editor.load(csv);
    editor.show();

    QSignalSpy tested(editor.sourceEditor(), &SourceSettingsEditor::testFinished);
    editor.showPage(RuleEditor::Page::Source);
    editor.sourceEditor()->testSource();
    check(tested.wait(15000), "test source");
    save(&editor, QStringLiteral("source-csv"));

    editor.showPage(RuleEditor::Page::Filter);
    save(&editor, QStringLiteral("filter"));

    editor.showPage(RuleEditor::Page::Mapping);
    save(&editor, QStringLiteral("mapping"));

    QSignalSpy found(editor.previewPanel(), &RulePreviewPanel::searchFinished);
    editor.showPage(RuleEditor::Page::Preview);
    editor.previewPanel()->searchField()->setText(QStringLiteral("example.com"));
    editor.previewPanel()->search(QStringLiteral("example.com"));
    check(found.wait(15000), "preview search");
    save(&editor, QStringLiteral("preview"));

    QSignalSpy ran(editor.testPanel(), &RuleTestPanel::finished);
    editor.showPage(RuleEditor::Page::Test);
    editor.testPanel()->run();
    check(ran.wait(15000), "test rule");
    save(&editor, QStringLiteral("test"));

    // The mapping with its checks at work: Email from another attribute, a bad expression.
    MappingEditor *mapping = editor.mappingEditor();
    mapping->kindBox(ZoomAttribute::Email)->setCurrentIndex(1);
    mapping->valueBox(ZoomAttribute::Email)->setEditText(QStringLiteral("workEmail"));
    mapping->valueBox(ZoomAttribute::Title)->setEditText(QStringLiteral("jobTitel"));
    mapping->kindBox(ZoomAttribute::Locale)->setCurrentIndex(3);
    mapping->valueBox(ZoomAttribute::Locale)->setEditText(QStringLiteral("replace(locale, '_', '-'"));
    editor.showPage(RuleEditor::Page::Mapping);
    save(&editor, QStringLiteral("mapping-problems"));

    // The Active Directory example's source settings.
    RuleEditor ldap;
    ldap.resize(1180, 780);
    ldap.load(example(sourceDir, "connection-ldap.json"));
    ldap.show();
    ldap.showPage(RuleEditor::Page::Source);
    save(&ldap, QStringLiteral("source-ldap"));

    return failedAny ? 1 : 0;
}
