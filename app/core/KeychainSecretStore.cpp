#include "KeychainSecretStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <qt6keychain/keychain.h>

namespace pd {

namespace {

// libsecret reports an unreachable Secret Service as OtherError with GDBus's words: no session bus,
// a bus without org.freedesktop.secrets, or a service without a keyring to store into.
bool secretServiceUnreachable(const QString &text)
{
    static const char *const signs[] = {"Could not connect", "Cannot autolaunch D-Bus",
        "was not provided by any .service files", "org.freedesktop.DBus.Error.ServiceUnknown",
        "is not activatable", "Failed to execute child process", "Connection refused",
        "Error spawning command line", "Did not receive a reply", "The connection is closed",
        "Object does not exist at path", "No such secret collection"};
    for (const char *sign : signs) {
        if (text.contains(QLatin1String(sign), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

SecretResult KeychainSecretStore::resultFor(int keychainError, const QString &errorString)
{
    SecretResult r;
    switch (QKeychain::Error(keychainError)) {
    case QKeychain::NoError:
        return r;
    case QKeychain::EntryNotFound:
        r.error = SecretResult::Error::NotFound;
        r.message = tr("The keychain holds no secret for this connection. Enter it again and save.");
        return r;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        r.error = SecretResult::Error::NoBackend;
        r.message = tr("No keychain is available on this computer (%1). On Linux, install and unlock "
                       "GNOME Keyring or KWallet.")
                        .arg(errorString);
        return r;
    case QKeychain::AccessDeniedByUser:
        r.error = SecretResult::Error::AccessDenied;
        r.message = tr("Access to the keychain was refused (%1). Allow it and try again.").arg(errorString);
        return r;
    case QKeychain::AccessDenied:
        // libsecret's "locked collection": the keyring is locked and nothing unlocked it (no prompt
        // can be shown, or it was dismissed). Unusable like a missing one, so offer the session.
        if (errorString.contains(QLatin1String("locked"), Qt::CaseInsensitive)) {
            r.error = SecretResult::Error::NoBackend;
            r.message = tr("The keychain is locked and could not be unlocked (%1). Unlock the login "
                           "keyring (for example in Passwords and Keys) and retry.")
                            .arg(errorString);
            return r;
        }
        r.error = SecretResult::Error::AccessDenied;
        r.message = tr("The keychain refused access (%1). Unlock it and try again.").arg(errorString);
        return r;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        if (secretServiceUnreachable(errorString)) {
            r.error = SecretResult::Error::NoBackend;
            r.message = tr("No keychain service could be reached (%1). On Linux, ProvisionDesk needs the "
                           "Secret Service (GNOME Keyring or KWallet) running in your desktop session.")
                            .arg(errorString);
            return r;
        }
        break;
    }
    r.error = SecretResult::Error::Other;
    r.message = tr("The keychain reported an error: %1").arg(errorString);
    return r;
}

namespace {

SecretResult resultOf(const QKeychain::Job *job)
{
    return KeychainSecretStore::resultFor(int(job->error()), job->errorString());
}

// Runs done on context's thread after job finishes, unless context is gone by then.
void startJob(QKeychain::Job *job, QObject *context, SecretStore::Callback done,
    std::function<SecretResult(QKeychain::Job *, SecretResult)> adjust = {})
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, context,
        [guard, done = std::move(done), adjust = std::move(adjust)](QKeychain::Job *j) {
            if (!guard)
                return;
            SecretResult r = resultOf(j);
            if (adjust)
                r = adjust(j, r);
            done(r);
        });
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{ }

QString KeychainSecretStore::description() const
{
    return tr("the system keychain");
}

void KeychainSecretStore::keepForSession(const SecretKey &key, const QString &value)
{
    m_sessionSecrets.insert(key.account(), value);
}

bool KeychainSecretStore::hasSessionSecret(const SecretKey &key) const
{
    return m_sessionSecrets.contains(key.account());
}

void KeychainSecretStore::read(const SecretKey &key, QObject *context, Callback done)
{
    const auto session = m_sessionSecrets.constFind(key.account());
    if (session != m_sessionSecrets.constEnd()) {
        SecretResult r;
        r.value = *session;
        QMetaObject::invokeMethod(
            context, [done, r] { done(r); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key.account());
    startJob(job, context, std::move(done), [](QKeychain::Job *j, SecretResult r) {
        if (r.ok())
            r.value = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        return r;
    });
}

void KeychainSecretStore::write(const SecretKey &key, const QString &value, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key.account());
    job->setTextData(value);
    // A secret written to the keychain replaces any session-only copy.
    startJob(
        job, context, std::move(done), [this, account = key.account()](QKeychain::Job *, SecretResult r) {
            if (r.ok())
                m_sessionSecrets.remove(account);
            return r;
        });
}

void KeychainSecretStore::remove(const SecretKey &key, QObject *context, Callback done)
{
    const bool hadSession = m_sessionSecrets.remove(key.account()) > 0;
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key.account());
    startJob(job, context, std::move(done), [hadSession](QKeychain::Job *, SecretResult r) {
        // Nothing to delete is success; with no keychain, a session-only secret is all there was.
        if (r.error == SecretResult::Error::NotFound
            || (hadSession && r.error == SecretResult::Error::NoBackend))
            return SecretResult {};
        return r;
    });
}

} // namespace pd
