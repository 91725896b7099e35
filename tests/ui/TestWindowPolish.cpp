// The Provisioning window's desktop polish: what it remembers across starts (QSettings), the
// language choice shared with the CLI, the dark palette, the rule summary and accessibility.
#ifdef PD_HAVE_ACCESSIBILITY_AUDIT
#include "AccessibilityAudit.h"
#endif
#include "ConnectionDetailsPanel.h"
#include "EditConnectionDialog.h"
#include "HistoryRecorder.h"
#include "HistoryStyle.h"
#include "Icons.h"
#include "OutboundRule.h"
#include "ProvisioningWindow.h"
#include "RuleSummaryView.h"
#include "RunsChartView.h"
#include "Style.h"
#include "TestSupport.h"
#include "Translations.h"
#include "UiTestSupport.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QChart>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace pd;
using namespace pd::test;

namespace {

// WCAG 2 contrast ratio of two colours.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel
            = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

Connection withCsvRule(UiFixture &f, const QString &name, const QString &file)
{
    Connection c = f.add(name, Validity::Valid, true);
    SourceSettings source;
    source.type = SourceSettings::Type::Csv;
    source.csv.file = file;
    source.csv.keyColumn = QStringLiteral("id");
    c.rule = OutboundRule::withDefaults(source).toJson();
    if (!f.store().update(&c))
        qFatal("cannot store the rule");
    return c;
}

} // namespace

class TestWindowPolish : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;

private slots:
    void initTestCase()
    {
        quietOffscreenPlatform();
        QVERIFY(m_config.isValid());
        // The app's names, so the settings file is the one the GUI and the CLI share; in a temp dir.
        QCoreApplication::setOrganizationName(QStringLiteral("ProvisionDesk"));
        QCoreApplication::setApplicationName(QStringLiteral("ProvisionDesk"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
        qunsetenv("PROVISIONDESK_LANG");
    }

    void init() { QSettings().clear(); }

    void remembersGeometrySplitterAndSelection()
    {
        UiFixture f;
        f.add(QStringLiteral("A"), Validity::Valid);
        const Connection b = f.add(QStringLiteral("B"), Validity::Valid);
        f.add(QStringLiteral("C"), Validity::Invalid);
        QList<int> sizes;
        {
            ProvisioningWindow w(&f.database, &f.service, f.tester.factory());
            w.show();
            QCOMPARE(w.currentConnection()->name, QStringLiteral("A")); // nothing remembered yet
            w.selectConnection(b.id);
            w.resize(900, 610);
            w.splitter()->setSizes({250, 650});
            sizes = w.splitter()->sizes();
        }
        QVERIFY(QSettings().contains(ProvisioningWindow::lastConnectionKey()));
        ProvisioningWindow again(&f.database, &f.service, f.tester.factory());
        again.show();
        QCOMPARE(again.currentConnection()->id, b.id);
        QCOMPARE(again.size(), QSize(900, 610));
        QCOMPARE(again.splitter()->sizes(), sizes);
    }

    void aRememberedConnectionThatIsGoneFallsBackToTheFirst()
    {
        UiFixture f;
        f.add(QStringLiteral("A"), Validity::Valid);
        QSettings().setValue(ProvisioningWindow::lastConnectionKey(), QUuid::createUuid().toString());
        ProvisioningWindow w(&f.database, &f.service, f.tester.factory());
        QCOMPARE(w.currentConnection()->name, QStringLiteral("A"));
    }

    void languagePrecedenceIsEnvironmentThenChoiceThenSystem()
    {
        const QLocale system(QLocale::French, QLocale::France);
        QCOMPARE(Translations::effectiveLocale(system).language(), QLocale::French);
        Translations::saveLanguage(QStringLiteral("ja"));
        QCOMPARE(Translations::savedLanguage(), QStringLiteral("ja"));
        QCOMPARE(Translations::effectiveLocale(system).language(), QLocale::Japanese);
        qputenv("PROVISIONDESK_LANG", "de");
        QCOMPARE(Translations::effectiveLocale(system).language(), QLocale::German);
        qunsetenv("PROVISIONDESK_LANG");
        Translations::saveLanguage({});
        QVERIFY(!QSettings().contains(Translations::settingsKey()));
        QCOMPARE(Translations::effectiveLocale(system).language(), QLocale::French);
    }

    void theLanguageMenuSavesTheChoiceAndSaysWhenItApplies()
    {
        UiFixture f;
        ProvisioningWindow w(&f.database, &f.service, f.tester.factory());
        w.show();
        QAction *german = nullptr;
        const auto actions = w.languageMenu()->actions();
        QCOMPARE(actions.size(), 5);
        QVERIFY(actions.constFirst()->isChecked()); // system default
        for (QAction *a : actions)
            if (a->objectName() == QLatin1String("language_de"))
                german = a;
        QVERIFY(german);
        german->trigger();
        QCOMPARE(Translations::savedLanguage(), QStringLiteral("de"));
        QVERIFY(german->isChecked());
        auto *box = visibleTopLevel<QMessageBox>(QStringLiteral("languageChangedBox"));
        QVERIFY(box);
        QCOMPARE(box->windowModality(), Qt::WindowModal); // open(), not exec()
        box->accept();
        // A new window shows the saved choice.
        ProvisioningWindow again(&f.database, &f.service, f.tester.factory());
        for (QAction *a : again.languageMenu()->actions())
            QCOMPARE(a->isChecked(), a->objectName() == QLatin1String("language_de"));
    }

    void theCliFollowsTheSavedChoice()
    {
        QTemporaryDir home;
        const QString configHome = home.filePath(QStringLiteral("config"));
        {
            QSettings file(
                configHome + QStringLiteral("/ProvisionDesk/ProvisionDesk.conf"), QSettings::IniFormat);
            file.setValue(Translations::settingsKey(), QStringLiteral("de"));
        }
        const QStringList env {QStringLiteral("XDG_CONFIG_HOME=") + configHome,
            QStringLiteral("PROVISIONDESK_DATA_DIR=") + home.filePath(QStringLiteral("data"))};
        const QStringList list {QStringLiteral("connection"), QStringLiteral("list")};
        const ProcessResult german = runCli(list, env);
        QVERIFY2(
            german.out.contains(QStringLiteral("Keine Verbindungen")), qPrintable(german.out + german.err));
        const ProcessResult japanese
            = runCli(list, env + QStringList {QStringLiteral("PROVISIONDESK_LANG=ja")});
        QVERIFY2(japanese.out.contains(QStringLiteral("接続がありません")), qPrintable(japanese.out));
        const ProcessResult plain = runCli(list,
            {QStringLiteral("XDG_CONFIG_HOME=") + home.filePath(QStringLiteral("none")),
                QStringLiteral("PROVISIONDESK_DATA_DIR=") + home.filePath(QStringLiteral("data")),
                QStringLiteral("LANG=C"), QStringLiteral("LC_ALL=C")});
        QVERIFY2(plain.out.contains(QStringLiteral("No connections")), qPrintable(plain.out));
    }

    void theRuleSummaryShowsTheSourceAndWhoWasInScope()
    {
        UiFixture f;
        const Connection csv = withCsvRule(f, QStringLiteral("Zoom CSV"), QStringLiteral("/data/people.csv"));
        const Connection bare = f.add(QStringLiteral("Zoom bare"), Validity::Valid);
        {
            HistoryRecorder rec(f.database.handle());
            RunRecord run;
            run.connectionId = csv.id;
            run.connectionName = csv.name;
            QVERIFY(rec.startRun(run) > 0);
            for (int i = 0; i < 3; ++i) {
                HistoryEvent e;
                e.sourceKey = QString::number(i);
                e.userName = QStringLiteral("u%1@example.com").arg(i);
                e.operation = HistoryOperation::Create;
                e.result = HistoryResult::Success;
                rec.recordEvent(e);
            }
            QVERIFY(rec.finishRun(RunOutcome::Succeeded));
        }
        ProvisioningWindow w(&f.database, &f.service, f.tester.factory());
        w.show();
        RuleSummaryView *view = w.ruleSummary();
        w.selectConnection(csv.id);
        QTRY_VERIFY(view->scopeText().startsWith(QStringLiteral("3 people")));
        QVERIFY(view->isVisible());
        QCOMPARE(view->sourceText(), QStringLiteral("CSV file /data/people.csv"));
        w.selectConnection(bare.id);
        QTRY_COMPARE(view->scopeText(), QStringLiteral("Not synced yet"));
        QVERIFY(view->sourceText().startsWith(QStringLiteral("No outbound rule")));

        Connection ldap = bare;
        SourceSettings source;
        source.type = SourceSettings::Type::Ldap;
        source.ldap.url = QUrl(QStringLiteral("ldaps://dc1.example.com"));
        source.ldap.baseDn = QStringLiteral("ou=People,dc=example,dc=com");
        ldap.rule = OutboundRule::withDefaults(source).toJson();
        QCOMPARE(RuleSummaryView::describeSource(ldap),
            QStringLiteral("LDAP ldaps://dc1.example.com, base DN ou=People,dc=example,dc=com"));
    }

    void theWindowPassesTheAccessibilityAudit()
    {
        UiFixture f;
        withCsvRule(f, QStringLiteral("Zoom CSV"), QStringLiteral("/data/people.csv"));
        f.add(QStringLiteral("Zoom other"), Validity::Invalid);
        ProvisioningWindow w(&f.database, &f.service, f.tester.factory());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
#ifdef PD_HAVE_ACCESSIBILITY_AUDIT
        const QStringList problems = AccessibilityAudit::problems(&w);
#else
        // Without the shared audit: every visible button and view has a name and takes Tab focus.
        QStringList problems;
        const auto widgets = w.findChildren<QWidget *>();
        for (QWidget *c : widgets) {
            if (!c->isVisible()
                || !(qobject_cast<QAbstractButton *>(c) || qobject_cast<QAbstractItemView *>(c)))
                continue;
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(c);
            if (!a || a->text(QAccessible::Name).isEmpty())
                problems << QStringLiteral("unnamed: ") + c->objectName();
            if (!(c->focusPolicy() & Qt::TabFocus))
                problems << QStringLiteral("no Tab focus: ") + c->objectName();
        }
#endif
        // Focus is visible: the list shows a current row, and the palette's highlight stands out.
        QVERIFY(w.connectionList()->currentIndex().isValid());
        const QPalette p = w.palette();
        QVERIFY(contrast(p.color(QPalette::Highlight), p.color(QPalette::Base)) > 2.0);
    }

#ifdef PD_HAVE_ACCESSIBILITY_AUDIT
    void theEditDialogPassesTheAccessibilityAudit()
    {
        UiFixture f;
        f.add(QStringLiteral("Zoom"), Validity::Valid);
        ProvisioningWindow w(&f.database, &f.service, f.tester.factory());
        w.show();
        w.editConnection();
        auto *dialog = visibleTopLevel<EditConnectionDialog>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        dialog->activateWindow();
        for (int tab = 0; tab < dialog->tabs()->count(); ++tab) {
            dialog->tabs()->setCurrentIndex(tab);
            const QStringList problems = AccessibilityAudit::problems(dialog);
            QVERIFY2(problems.isEmpty(),
                qPrintable(QStringLiteral("tab %1:\n").arg(tab) + problems.join(QLatin1Char('\n'))));
        }
        dialog->reject();
    }
#endif

    // Last: it changes the application's palette.
    void theDarkPaletteKeepsOurColoursReadable()
    {
        QVERIFY(!Style::applyPalette(QStringLiteral("purple")));
        QVERIFY(Style::applyPalette(QStringLiteral("light")));
        QVERIFY(!Style::isDark());
        const QColor lightBase = QApplication::palette().color(QPalette::Base);
        QVERIFY(contrast(Style::mutedText(), lightBase) >= 4.5);
        QVERIFY(Style::applyPalette(QStringLiteral("dark")));
        QVERIFY(Style::isDark());
        const QPalette p = QApplication::palette();
        for (const QColor &c : {Style::mutedText(), Style::errorText(), Style::warningText(), Style::accent(),
                 HistoryStyle::created(), HistoryStyle::updated(), HistoryStyle::removed(),
                 HistoryStyle::failed(), HistoryStyle::muted()}) {
            for (auto role : {QPalette::Base, QPalette::Window, QPalette::AlternateBase})
                QVERIFY2(contrast(c, p.color(role)) >= 4.5, qPrintable(c.name()));
        }
        QVERIFY(contrast(p.color(QPalette::Text), p.color(QPalette::Base)) >= 7.0);
        // Glyph icons take the palette's colours: the plus is the (light) accent, not the dark blue.
        const QImage plus = Icons::plus().pixmap(32, 32).toImage();
        const QColor centre = plus.pixelColor(16, 16);
        QCOMPARE(centre.alpha(), 255);
        QCOMPARE(centre.rgb(), Style::accent().rgb());
        QVERIFY(contrast(centre, p.color(QPalette::Window)) >= 3.0);
        // The chart draws in the dark theme.
        RunsChartView chart;
        QCOMPARE(chart.chart()->theme(), QChart::ChartThemeDark);
        QVERIFY(Style::applyPalette(QStringLiteral("light")));
        RunsChartView lightChart;
        QCOMPARE(lightChart.chart()->theme(), QChart::ChartThemeLight);
    }
};

QTEST_MAIN(TestWindowPolish)
#include "TestWindowPolish.moc"
