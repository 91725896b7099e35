#include "KeychainSecretStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <qt6keychain/keychain.h>

namespace pd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("KeychainSecretStore", text);
}

SecretResult resultOf(const QKeychain::Job *job)
{
    SecretResult r;
    switch (job->error()) {
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
                        .arg(job->errorString());
        return r;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        r.error = SecretResult::Error::AccessDenied;
        r.message = tr("The keychain refused access (%1). Unlock it and try again.").arg(job->errorString());
        return r;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    r.error = SecretResult::Error::Other;
    r.message = tr("The keychain reported an error: %1").arg(job->errorString());
    return r;
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
