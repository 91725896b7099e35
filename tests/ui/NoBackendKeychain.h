#pragma once

#include "KeychainSecretStore.h"

namespace pd::test {

// The system keychain on a machine with no keychain backend: every write answers NoBackend, the way
// KeychainSecretStore reports QKeychain::NoBackendAvailable. Reads, removals and the session-only
// memory are KeychainSecretStore's own. (A fault: scripts/test always provides a Secret Service.)
class NoBackendKeychain : public KeychainSecretStore
{
    Q_OBJECT
public:
    using KeychainSecretStore::KeychainSecretStore;
    void write(const SecretKey &key, const QString &value, QObject *context, Callback done) override;
    int writes = 0;
};

} // namespace pd::test
