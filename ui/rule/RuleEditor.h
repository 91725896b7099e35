#pragma once

#include "Connection.h"
#include "OutboundRule.h"
#include "SecretStore.h"

#include <QJsonObject>
#include <QPointer>
#include <QUuid>
#include <QWidget>

class QTabWidget;

namespace pd {

class MappingEditor;
class MessageBanner;
class RulePreviewPanel;
class RuleTestPanel;
class SourceSettingsEditor;
class UserFilterEditor;

// The outbound rule editor: Source, User filter, Attribute mapping, Preview and Test rule, as
// tabs. load() reads Connection::rule; save() checks everything, shows what is wrong, and writes
// the rule's JSON only when it is valid. The LDAP bind password is not part of the rule: read it
// with sourcePassword() (and store it as SecretKind::SourcePassword) when it was modified.
class RuleEditor : public QWidget
{
    Q_OBJECT
public:
    enum class Page { Source, Filter, Mapping, Preview, Test };

    explicit RuleEditor(QWidget *parent = nullptr);

    void load(const Connection &connection);
    bool save(QJsonObject *rule);

    OutboundRule rule() const;
    void setRule(const OutboundRule &rule);

    // Optional: with a store, load() fills the bind password from the keychain.
    void setSecretStore(SecretStore *store) { m_secrets = store; }
    QString sourcePassword() const;
    void setSourcePassword(const QString &password);
    bool isSourcePasswordModified() const;

    void showPage(Page page);
    SourceSettingsEditor *sourceEditor() const { return m_source; }
    UserFilterEditor *filterEditor() const { return m_filter; }
    MappingEditor *mappingEditor() const { return m_mapping; }
    RulePreviewPanel *previewPanel() const { return m_preview; }
    RuleTestPanel *testPanel() const { return m_test; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void changed();

private:
    bool currentRule(OutboundRule *rule, QString *password);
    void updateDefaults();

    MessageBanner *m_banner;
    QTabWidget *m_tabs;
    SourceSettingsEditor *m_source;
    UserFilterEditor *m_filter;
    MappingEditor *m_mapping;
    RulePreviewPanel *m_preview;
    RuleTestPanel *m_test;
    QPointer<SecretStore> m_secrets;
    QUuid m_connectionId;
    AttributeMapping m_lastDefaults;
};

} // namespace pd
