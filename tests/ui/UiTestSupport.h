#pragma once

#include "ConnectionService.h"
#include "ConnectionStore.h"
#include "Database.h"
#include "FakeConnectionTester.h"
#include "MemorySecretStore.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QWidget>

namespace pd {
class NewConnectionWizard;
}

namespace pd::test {

// What one widget test needs: its own data dir and database, a secret store (in memory unless
// the test passes the real keychain), the service, and a scripted connection tester.
class UiFixture
{
public:
    explicit UiFixture(SecretStore *secrets = nullptr);
    ~UiFixture();

    ConnectionStore store() const { return ConnectionStore(database.handle()); }
    // Stores a connection directly, as "connection import" would; its secret goes to the store.
    Connection add(const QString &name, Validity validity, bool enabled = false,
        const QString &secret = QStringLiteral("stored-secret"));

    QTemporaryDir dir;
    Database database;
    MemorySecretStore memory;
    SecretStore *secrets;
    ConnectionService service;
    FakeTesterControl tester;
};

// The visible top-level widget of type T (optionally with this object name), or nullptr. Modal
// dialogs opened with open() are found this way; no nested event loop is needed to drive them.
template<typename T> T *visibleTopLevel(const QString &objectName = {})
{
    const auto widgets = QApplication::topLevelWidgets();
    for (QWidget *w : widgets) {
        auto *t = qobject_cast<T *>(w);
        if (t && t->isVisible() && (objectName.isEmpty() || t->objectName() == objectName))
            return t;
    }
    return nullptr;
}

template<typename T> T *child(QObject *parent, const QString &objectName)
{
    return parent->findChild<T *>(objectName);
}

// Drops the offscreen platform's "does not support propagateSizeHints()" noise; call from
// initTestCase (after QTest has installed its message handler). Every other message goes through.
void quietOffscreenPlatform();

// Drives the wizard with valid input up to page id (a NewConnectionWizard::PageId); false if stuck.
bool advanceTo(NewConnectionWizard *wizard, int pageId, const QString &name = QStringLiteral("Zoom (test)"),
    const QString &secret = QStringLiteral("wizard-secret"));
// Fills the current page with valid input (no Next).
void fillCurrentPage(NewConnectionWizard *wizard, const QString &name, const QString &secret);
// Clicks Next (or Save on the last page) and waits for the page to change; false if it did not.
bool clickNext(NewConnectionWizard *wizard);
// Replaces a line edit's text as if typed, so textEdited fires.
void typeInto(QWidget *lineEdit, const QString &text);

} // namespace pd::test
