// Every control a keyboard or screen-reader user meets has an accessible name; every input has a
// label whose buddy it is; the tab order follows the form.
#include "ConnectionDetailsPanel.h"
#include "EditConnectionDialog.h"
#include "IdentityStoreTile.h"
#include "NewConnectionWizard.h"
#include "ProvisioningWindow.h"
#include "SecretLineEdit.h"
#include "TestConnectionFailedDialog.h"
#include "ToggleSwitch.h"
#include "UiTestSupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

using namespace pd;
using namespace pd::test;

namespace {

bool isControl(QWidget *w)
{
    if (qobject_cast<QScrollBar *>(w) || qobject_cast<QHeaderView *>(w))
        return false; // parts of a scroll area or a view, named by their owner
    if (w->parentWidget() && qobject_cast<QComboBox *>(w->parentWidget()))
        return false;
    return qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
        || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QPlainTextEdit *>(w)
        || qobject_cast<QTextEdit *>(w) || qobject_cast<QAbstractSpinBox *>(w)
        || qobject_cast<QProgressBar *>(w) || qobject_cast<QTabBar *>(w);
}

bool isInput(QWidget *w)
{
    return qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QPlainTextEdit *>(w);
}

// Names of the visible controls under root that assistive technology would not be able to name,
// and of the visible inputs that no label names as its buddy.
QStringList problems(QWidget *root)
{
    QStringList found;
    const auto labels = root->findChildren<QLabel *>();
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible() || !isControl(w))
            continue;
        const QString where
            = QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            found << where + QStringLiteral(": no accessible name");
        if (isInput(w)) {
            const bool labelled = std::any_of(labels.begin(), labels.end(),
                [w](QLabel *l) { return l->buddy() == w || (l->buddy() && l->buddy()->focusProxy() == w); });
            if (!labelled)
                found << where + QStringLiteral(": no label with it as buddy");
        }
    }
    return found;
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
            const QStringList found = problems(&w);
            QVERIFY2(found.isEmpty(),
                qPrintable(QStringLiteral("page %1: %2").arg(id).arg(found.join(QStringLiteral("; ")))));
            if (id == NewConnectionWizard::TestPageId) {
                // The busy state too; then let the test pass so the walk can go on.
                QVERIFY(f.tester.respond(FakeTesterControl::passed()));
                const QStringList after = problems(&w);
                QVERIFY2(after.isEmpty(), qPrintable(after.join(QStringLiteral("; "))));
            }
        }
    }

    void failureDialog()
    {
        TestConnectionFailedDialog d(FakeTesterControl::failed());
        d.show();
        const QStringList found = problems(&d);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("; "))));
    }

    void provisioningWindowAndEditDialog()
    {
        UiFixture f;
        f.add(QStringLiteral("Invalid"), Validity::Invalid);
        ProvisioningWindow w(&f.database, &f.service, f.tester.factory());
        w.show();
        w.detailsPanel()->enableToggle()->click(); // with the refusal banner showing
        QStringList found = problems(&w);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("; "))));

        w.editConnection();
        EditConnectionDialog *d = nullptr;
        QTRY_VERIFY((d = visibleTopLevel<EditConnectionDialog>()) != nullptr);
        for (int tab = 0; tab < d->tabs()->count(); ++tab) {
            d->tabs()->setCurrentIndex(tab);
            found = problems(d);
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
    }
};

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
