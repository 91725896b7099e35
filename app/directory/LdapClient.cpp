#include "LdapClient.h"

namespace pd {

LdapClient::~LdapClient() = default;

} // namespace pd
