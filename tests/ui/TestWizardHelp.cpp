// Each wizard page's Help button (and F1) opens the built-in user guide at that page's section,
// offline: the guide is compiled in, and the viewer finds headings Qt's Markdown import gives no
// anchors to.
#include "EditConnectionDialog.h"
#include "HelpViewer.h"
#include "NewConnectionWizard.h"
#include "UiTestSupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QScrollBar>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

using namespace pd;
using namespace pd::test;

class TestWizardHelp : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { quietOffscreenPlatform(); }

    void eachPageOpensItsSection()
    {
        UiFixture f;
        NewConnectionWizard w(&f.database, &f.service, f.tester.factory());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QStringList seen;
        for (int id = NewConnectionWizard::IdentityStorePageId; id <= NewConnectionWizard::SavePageId; ++id) {
            QVERIFY(advanceTo(&w, id));
            QAbstractButton *help = w.button(QWizard::HelpButton);
            QVERIFY(help->isVisible());
            help->click();
            HelpViewer *viewer = nullptr;
            QTRY_VERIFY((viewer = visibleTopLevel<HelpViewer>()) != nullptr);
            QCOMPARE(viewer->document(), QStringLiteral("user-guide.md"));
            const QString expected = NewConnectionWizard::helpSection(id);
            QTRY_COMPARE(viewer->sectionAtTop(), expected);
            QCOMPARE(viewer->browser()->textCursor().block().text(), expected);
            seen << viewer->sectionAtTop();
            viewer->close();
        }
        // Six different places in the guide, in the wizard's order.
        QCOMPARE(seen.size(), 6);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 6);
    }

    void f1OpensTheCurrentPagesSection()
    {
        UiFixture f;
        NewConnectionWizard w(&f.database, &f.service, f.tester.factory());
        w.show();
        QVERIFY(advanceTo(&w, NewConnectionWizard::AuthenticationPageId));
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(w.currentPage(), Qt::Key_F1);
        HelpViewer *viewer = nullptr;
        QTRY_VERIFY((viewer = visibleTopLevel<HelpViewer>()) != nullptr);
        QTRY_COMPARE(viewer->sectionAtTop(), QStringLiteral("Authentication"));
        QVERIFY(viewer->browser()->toPlainText().contains(QLatin1String("App credentials")));
    }

    void editConnectionHelpOpensEachTabsSection()
    {
        UiFixture f;
        const Connection c = f.add(QStringLiteral("Zoom"), Validity::Valid);
        EditConnectionDialog dialog(
            c, [](const QString &, const QUuid &) { return false; }, &f.service);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *help = dialog.findChild<QAbstractButton *>(QStringLiteral("helpButton"));
        QVERIFY(help);
        QStringList seen;
        for (int tab = EditConnectionDialog::GeneralTab; tab <= EditConnectionDialog::UserActionsTab; ++tab) {
            dialog.tabs()->setCurrentIndex(tab);
            help->click();
            HelpViewer *viewer = nullptr;
            QTRY_VERIFY((viewer = visibleTopLevel<HelpViewer>()) != nullptr);
            QTRY_COMPARE(viewer->sectionAtTop(), EditConnectionDialog::helpSection(tab));
            seen << viewer->sectionAtTop();
            viewer->close();
        }
        // The same sections as the wizard's steps for these settings.
        QCOMPARE(seen,
            (QStringList {NewConnectionWizard::helpSection(NewConnectionWizard::NamePageId),
                NewConnectionWizard::helpSection(NewConnectionWizard::AuthenticationPageId),
                NewConnectionWizard::helpSection(NewConnectionWizard::UserActionsPageId)}));
    }

    void guideLinksStayInTheViewer()
    {
        HelpViewer viewer;
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QVERIFY(!viewer.showSection(QStringLiteral("No such heading")));
        // An in-page link by GitHub slug, then a link to another embedded document.
        emit viewer.browser()->anchorClicked(QUrl(QStringLiteral("#creating-the-zoom-app")));
        QTRY_COMPARE(viewer.sectionAtTop(), QStringLiteral("Creating the Zoom app"));
        emit viewer.browser()->anchorClicked(QUrl(QStringLiteral("connection-file-rule.md#user-filter")));
        QCOMPARE(viewer.document(), QStringLiteral("connection-file-rule.md"));
        QTRY_COMPARE(viewer.sectionAtTop(), QStringLiteral("User filter"));
        QVERIFY(viewer.browser()->verticalScrollBar()->value() > 0);
    }

    // With HELP_SCREENSHOT_DIR set, saves help-viewer.png (scripts/screenshots style).
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("HELP_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("HELP_SCREENSHOT_DIR not set");
        HelpViewer viewer;
        viewer.resize(820, 620);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QVERIFY(viewer.showSection(QStringLiteral("Authentication")));
        QTest::qWait(50);
        QVERIFY(viewer.grab().save(dir + QStringLiteral("/help-viewer.png")));
    }
};

QTEST_MAIN(TestWizardHelp)
#include "TestWizardHelp.moc"
