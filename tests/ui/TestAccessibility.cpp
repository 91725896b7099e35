// Every control a keyboard or screen-reader user meets has an accessible name; every input has a
// label whose buddy it is; Tab reaches every control and the tab order follows the form. The
// walker is tests/support/AccessibilityAudit (reusable for other windows).
#include "AccessibilityAudit.h"
#include "ConnectionDetailsPanel.h"
#include "CsvSource.h"
#include "EditConnectionDialog.h"
#include "HistoryWindow.h"
#include "IdentityStoreTile.h"
#include "NewConnectionWizard.h"
#include "ProvisioningWindow.h"
#include "RuleEditor.h"
#include "SecretLineEdit.h"
#include "SyncWindow.h"
#include "TestConnectionFailedDialog.h"
#include "TestSupport.h"
#include "ToggleSwitch.h"
#include "UiTestSupport.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWizard>

using namespace pd;
using namespace pd::test;

namespace {

QString joined(const QStringList &found)
{
    return found.join(QStringLiteral("; "));
}

// Names and buddy labels only: the Provisioning window's tab order is its owner's to audit.
QStringList problems(QWidget *root)
{
    return AccessibilityAudit::unnamedControls(root) + AccessibilityAudit::unlabelledInputs(root);
}

OutboundRule csvRule()
{
    SourceSettings s;
    s.csv.file = sourceDir() + QStringLiteral("/tests/directory/data/people-semicolon.csv");
    s.csv.keyColumn = QStringLiteral("employeeId");
    return OutboundRule::withDefaults(s, CsvSource::inspect(s.csv.file).columns);
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { quietOffscreenPlatform(); }

    void everyWizardPage()
    {
        UiFixture f;
        f.tester.mode = FakeTesterControl::Mode::Manual;
        NewConnectionWizard w(&f.database, &f.service, f.tester.factory());
        w.show();
        for (int id = NewConnectionWizard::IdentityStorePageId; id <= NewConnectionWizard::SavePageId; ++id) {
            QVERIFY(advanceTo(&w, id));
            const QStringList found = AccessibilityAudit::problems(&w);
            QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("page %1: %2").arg(id).arg(joined(found))));
            if (id == NewConnectionWizard::TestPageId) {
                // The busy state too; then let the test pass so the walk can go on.
                QVERIFY(f.tester.respond(FakeTesterControl::passed()));
                const QStringList after = AccessibilityAudit::problems(&w);
                QVERIFY2(after.isEmpty(), qPrintable(after.join(QStringLiteral("; "))));
            }
        }
    }

    void failureDialog()
    {
        TestConnectionFailedDialog d(FakeTesterControl::failed());
        d.show();
        const QStringList found = AccessibilityAudit::problems(&d);
        QVERIFY2(found.isEmpty(), qPrintable(joined(found)));
    }

    void ruleEditorTabs()
    {
        RuleEditor editor;
        editor.setObjectName(QStringLiteral("ruleEditor"));
        editor.setRule(csvRule());
        editor.resize(1100, 800);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        for (int tab = 0; tab < editor.tabs()->count(); ++tab) {
            editor.tabs()->setCurrentIndex(tab);
            const QStringList found = AccessibilityAudit::problems(&editor);
            QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("tab %1: %2").arg(tab).arg(joined(found))));
        }
        // The LDAP form of the Source tab too; Tab goes through the form before "Test source".
        editor.tabs()->setCurrentIndex(0);
        const QList<QWidget *> chain = AccessibilityAudit::tabChain(&editor);
        const auto position = [&chain](const QString &accessibleName) {
            for (int i = 0; i < chain.size(); ++i) {
                QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(chain.at(i));
                if (iface && iface->text(QAccessible::Name).remove(QLatin1Char('&')) == accessibleName)
                    return i;
            }
            return -1;
        };
        QVERIFY(position(QStringLiteral("CSV file")) >= 0);
        QVERIFY2(position(QStringLiteral("CSV file")) < position(QStringLiteral("Test source")),
            "the source form comes before its Test button");
        const auto radios = editor.findChildren<QRadioButton *>();
        auto ldap = std::find_if(radios.begin(), radios.end(),
            [](QRadioButton *r) { return r->text().contains(QLatin1String("LDAP")); });
        QVERIFY(ldap != radios.end());
        (*ldap)->click();
        const QStringList found = AccessibilityAudit::problems(&editor);
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("LDAP source: %1").arg(joined(found))));
    }

    void syncWindow()
    {
        UiFixture f;
        const Connection c = f.add(QStringLiteral("Sync me"), Validity::Valid, true);
        SyncWindow w(f.dir.path(), f.secrets, c);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QStringList found = AccessibilityAudit::problems(&w);
        QVERIFY2(found.isEmpty(), qPrintable(joined(found)));
    }

    void historyWindowTabs()
    {
        UiFixture f;
        HistoryWindow w(f.dir.path());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        for (int tab = 0; tab < w.tabs()->count(); ++tab) {
            w.tabs()->setCurrentIndex(tab);
            const QStringList found = AccessibilityAudit::problems(&w);
            QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("tab %1: %2").arg(tab).arg(joined(found))));
        }
    }

    // The audit itself must be able to fail: an unnamed icon button, an unlabelled field and a
    // button Tab cannot reach are each reported.
    void auditFindsProblems()
    {
        QWidget root;
        root.setObjectName(QStringLiteral("auditRoot"));
        auto *layout = new QVBoxLayout(&root);
        auto *icon = new QToolButton(&root);
        icon->setObjectName(QStringLiteral("iconOnly"));
        auto *field = new QLineEdit(&root);
        field->setObjectName(QStringLiteral("bareField"));
        auto *mouseOnly = new QPushButton(QStringLiteral("Mouse only"), &root);
        mouseOnly->setObjectName(QStringLiteral("mouseOnly"));
        mouseOnly->setFocusPolicy(Qt::ClickFocus);
        auto *trap = new QPlainTextEdit(&root);
        trap->setObjectName(QStringLiteral("tabTrap"));
        auto *label = new QLabel(QStringLiteral("&Notes:"), &root);
        label->setBuddy(trap);
        for (QWidget *w :
            {static_cast<QWidget *>(icon), static_cast<QWidget *>(field), static_cast<QWidget *>(mouseOnly),
                static_cast<QWidget *>(label), static_cast<QWidget *>(trap)})
            layout->addWidget(w);
        root.show();
        QVERIFY(QTest::qWaitForWindowExposed(&root));
        const QString found = joined(AccessibilityAudit::problems(&root));
        QVERIFY2(found.contains(QLatin1String("'iconOnly': no accessible name")), qPrintable(found));
        QVERIFY2(found.contains(QLatin1String("'bareField': no label")), qPrintable(found));
        QVERIFY2(found.contains(QLatin1String("'mouseOnly': Tab never reaches it")), qPrintable(found));
        QVERIFY2(found.contains(QLatin1String("'tabTrap': keeps the focus on Tab")), qPrintable(found));
        QVERIFY2(!found.contains(QLatin1String("'tabTrap': no")), qPrintable(found));

        icon->setAccessibleName(QStringLiteral("Refresh"));
        new QLabel(QStringLiteral("&Field:"), &root);
        root.findChildren<QLabel *>().constLast()->setBuddy(field);
        mouseOnly->setFocusPolicy(Qt::StrongFocus);
        trap->setTabChangesFocus(true);
        QVERIFY2(AccessibilityAudit::problems(&root).isEmpty(),
            qPrintable(joined(AccessibilityAudit::problems(&root))));
    }

    void provisioningWindowAndEditDialog()
    {
        UiFixture f;
        f.add(QStringLiteral("Invalid"), Validity::Invalid);
        ProvisioningWindow w(&f.database, &f.service, f.tester.factory());
        w.show();
        w.detailsPanel()->enableToggle()->click(); // with the refusal banner showing
        QStringList found = problems(&w);
        QVERIFY2(found.isEmpty(), qPrintable(joined(found)));

        w.editConnection();
        EditConnectionDialog *d = nullptr;
        QTRY_VERIFY((d = visibleTopLevel<EditConnectionDialog>()) != nullptr);
        for (int tab = 0; tab < d->tabs()->count(); ++tab) {
            d->tabs()->setCurrentIndex(tab);
            found = AccessibilityAudit::problems(d);
            QVERIFY2(found.isEmpty(),
                qPrintable(QStringLiteral("tab %1: %2").arg(tab).arg(found.join(QStringLiteral("; ")))));
        }
        d->reject();
    }

    void authenticationTabOrderFollowsTheForm()
    {
        UiFixture f;
        NewConnectionWizard w(&f.database, &f.service, f.tester.factory());
        w.show();
        QVERIFY(advanceTo(&w, NewConnectionWizard::AuthenticationPageId));
        auto *secret = w.findChild<SecretLineEdit *>(QStringLiteral("clientSecretField"));
        QList<QWidget *> expected;
        for (const char *name :
            {"scimUrlEdit", "authMethodCombo", "tokenUrlEdit", "accountIdEdit", "clientIdEdit"})
            expected << w.findChild<QWidget *>(QLatin1String(name));
        expected << secret->lineEdit() << secret->revealButton();
        QList<QWidget *> actual;
        QWidget *current = expected.constFirst();
        actual << current;
        while (actual.size() < expected.size()) {
            current = current->nextInFocusChain();
            if (current == expected.constFirst())
                break;
            if (current->isVisible() && current->isEnabled() && (current->focusPolicy() & Qt::TabFocus)
                && expected.contains(current))
                actual << current;
            else if (current->isVisible() && (current->focusPolicy() & Qt::TabFocus)
                && current->focusProxy() == nullptr
                && w.page(NewConnectionWizard::AuthenticationPageId)->isAncestorOf(current))
                QFAIL(qPrintable(
                    QStringLiteral("unexpected stop in the tab order: %1").arg(current->objectName())));
        }
        QCOMPARE(actual, expected);
    }

    void tilesAreKeyboardReachable()
    {
        UiFixture f;
        NewConnectionWizard w(&f.database, &f.service, f.tester.factory());
        w.show();
        auto *tile = w.findChild<IdentityStoreTile *>(QStringLiteral("zoomTile"));
        QVERIFY(tile->focusPolicy() & Qt::TabFocus);
        QCOMPARE(tile->accessibleName(), QStringLiteral("Zoom"));
        QVERIFY(!tile->accessibleDescription().isEmpty());
        // Tab reaches the tile; Enter selects it (and a second Enter goes on, as Next).
        QVERIFY(AccessibilityAudit::tabChain(&w).contains(tile));
        tile->setFocus(Qt::TabFocusReason);
        QVERIFY(!tile->isChecked());
        QTest::keyClick(tile, Qt::Key_Return);
        QVERIFY(tile->isChecked());
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        QTest::keyClick(tile, Qt::Key_Return);
        QTRY_COMPARE(w.currentId(), int(NewConnectionWizard::NamePageId));
        // Space selects too.
        w.back();
        tile->setChecked(false);
        tile->setFocus(Qt::TabFocusReason);
        QTest::keyClick(tile, Qt::Key_Space);
        QVERIFY(tile->isChecked());
    }

    // With A11Y_SCREENSHOT_DIR set, saves the wizard with keyboard focus on a tile and on a field.
    void keyboardFocusScreenshots()
    {
        const QString dir = qEnvironmentVariable("A11Y_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("A11Y_SCREENSHOT_DIR not set");
        UiFixture f;
        NewConnectionWizard w(&f.database, &f.service, f.tester.factory());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QApplication::setActiveWindow(&w);
        w.findChild<IdentityStoreTile *>(QStringLiteral("zoomTile"))->setFocus(Qt::TabFocusReason);
        QTest::qWait(50);
        QVERIFY(w.grab().save(dir + QStringLiteral("/wizard-keyboard-focus.png")));
        QVERIFY(advanceTo(&w, NewConnectionWizard::AuthenticationPageId));
        auto *account = w.findChild<QWidget *>(QStringLiteral("accountIdEdit"));
        account->setFocus(Qt::TabFocusReason);
        QTest::keyClick(account, Qt::Key_Tab);
        QTest::qWait(50);
        QVERIFY(w.grab().save(dir + QStringLiteral("/wizard-keyboard-focus-authentication.png")));
    }
};

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
