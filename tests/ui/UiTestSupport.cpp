#include "UiTestSupport.h"

#include "AuthenticationEditor.h"
#include "IdentityStoreTile.h"
#include "NewConnectionWizard.h"
#include "SecretLineEdit.h"
#include "TestConnectionPage.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QTest>

namespace pd::test {

namespace {
QtMessageHandler previousHandler = nullptr;

void filterNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("does not support propagateSizeHints")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}
} // namespace

void quietOffscreenPlatform()
{
    QtMessageHandler previous = qInstallMessageHandler(filterNoise);
    if (previous != filterNoise)
        previousHandler = previous;
}

UiFixture::UiFixture(SecretStore *secretStore)
    : database(dir.path())
    , secrets(secretStore ? secretStore : &memory)
    , service(&database, secrets)
{
    if (!database.open())
        qFatal("cannot open the test database: %s", qPrintable(database.errorString()));
}

UiFixture::~UiFixture()
{
    database.close();
}

Connection UiFixture::add(const QString &name, Validity validity, bool enabled, const QString &secret)
{
    Connection c;
    c.name = name;
    c.description = QStringLiteral("Provisioned from the staff directory");
    c.oauth.accountId = QStringLiteral("acc-") + name.left(3);
    c.oauth.clientId = QStringLiteral("cid-") + name.left(3);
    c.validity = validity;
    c.enabled = enabled && validity == Validity::Valid;
    if (validity != Validity::Untested) {
        c.lastTestedAt = QDateTime::currentDateTimeUtc();
        c.lastTestMessage = validity == Validity::Valid ? FakeTesterControl::passed().summary
                                                        : FakeTesterControl::failed().summary;
    }
    bool done = false;
    bool ok = false;
    service.save(c, secret, [&](const ConnectionService::Outcome &o) {
        ok = o.ok;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000) || !ok)
        qFatal("cannot add the test connection %s", qPrintable(name));
    return *store().findByName(name);
}

void typeInto(QWidget *widget, const QString &text)
{
    auto *edit = qobject_cast<QLineEdit *>(widget);
    if (!edit)
        qFatal("typeInto needs a QLineEdit");
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, text);
    // Leaving the field runs the checks that run on editingFinished.
    emit edit->editingFinished();
}

void fillCurrentPage(NewConnectionWizard *wizard, const QString &name, const QString &secret)
{
    switch (wizard->currentId()) {
    case NewConnectionWizard::IdentityStorePageId:
        if (auto *tile = wizard->findChild<IdentityStoreTile *>(QStringLiteral("zoomTile"));
            tile && !tile->isChecked())
            tile->click();
        break;
    case NewConnectionWizard::NamePageId:
        typeInto(wizard->findChild<QLineEdit *>(QStringLiteral("nameEdit")), name);
        break;
    case NewConnectionWizard::AuthenticationPageId:
        typeInto(wizard->findChild<QLineEdit *>(QStringLiteral("accountIdEdit")), QStringLiteral("acc-123"));
        typeInto(wizard->findChild<QLineEdit *>(QStringLiteral("clientIdEdit")), QStringLiteral("cid-456"));
        typeInto(
            wizard->findChild<SecretLineEdit *>(QStringLiteral("clientSecretField"))->lineEdit(), secret);
        break;
    default:
        break;
    }
}

bool clickNext(NewConnectionWizard *wizard)
{
    const int before = wizard->currentId();
    if (before == NewConnectionWizard::TestPageId) {
        // Wait for the (fake) test to finish first.
        auto *page = qobject_cast<TestConnectionPage *>(wizard->currentPage());
        if (!QTest::qWaitFor([page] { return page->isComplete(); }, 5000))
            return false;
    }
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    if (!next->isVisible() || !next->isEnabled())
        return false;
    next->click();
    return QTest::qWaitFor([&] { return wizard->currentId() != before; }, 5000);
}

bool advanceTo(NewConnectionWizard *wizard, int pageId, const QString &name, const QString &secret)
{
    while (wizard->currentId() < pageId) {
        fillCurrentPage(wizard, name, secret);
        if (!clickNext(wizard))
            return false;
    }
    return wizard->currentId() == pageId;
}

} // namespace pd::test
