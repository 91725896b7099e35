#include "RuleEditor.h"

#include "MappingEditor.h"
#include "MessageBanner.h"
#include "RulePreviewPanel.h"
#include "RuleTestPanel.h"
#include "SecretStore.h"
#include "SourceSettingsEditor.h"
#include "UserFilterEditor.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace pd {

RuleEditor::RuleEditor(QWidget *parent)
    : QWidget(parent)
    , m_banner(new MessageBanner(this))
    , m_tabs(new QTabWidget(this))
    , m_source(new SourceSettingsEditor(this))
    , m_filter(new UserFilterEditor(this))
    , m_mapping(new MappingEditor(this))
    , m_preview(new RulePreviewPanel(this))
    , m_test(new RuleTestPanel(this))
{
    m_tabs->addTab(m_source, tr("&Source"));
    m_tabs->addTab(m_filter, tr("User &filter"));
    m_tabs->addTab(m_mapping, tr("Attribute &mapping"));
    m_tabs->addTab(m_preview, tr("&Preview"));
    m_tabs->addTab(m_test, tr("Test &rule"));
    m_banner->hideMessage();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);

    const auto provider
        = [this](OutboundRule *rule, QString *password) { return currentRule(rule, password); };
    m_preview->setRuleProvider(provider);
    m_test->setRuleProvider(provider);

    connect(m_source, &SourceSettingsEditor::typeChanged, this, &RuleEditor::updateDefaults);
    connect(m_source, &SourceSettingsEditor::attributesChanged, this, [this](const QStringList &attributes) {
        m_mapping->setSourceAttributes(attributes);
        m_filter->setSourceAttributes(attributes);
        updateDefaults();
    });
    connect(m_source, &SourceSettingsEditor::changed, this, &RuleEditor::changed);
    connect(m_filter, &UserFilterEditor::changed, this, &RuleEditor::changed);
    connect(m_mapping, &MappingEditor::changed, this, [this] {
        m_preview->refresh();
        emit changed();
    });
    connect(m_filter, &UserFilterEditor::changed, m_preview, &RulePreviewPanel::refresh);
    setRule(OutboundRule::withDefaults(SourceSettings()));
}

bool RuleEditor::currentRule(OutboundRule *rule, QString *password)
{
    if (!m_source->check()) {
        m_tabs->setCurrentWidget(m_source);
        return false;
    }
    *rule = this->rule();
    *password = m_source->password();
    return true;
}

void RuleEditor::updateDefaults()
{
    const SourceSettings s = m_source->settings();
    const AttributeMapping defaults = OutboundRule::withDefaults(s, m_source->attributeNames()).mapping;
    m_mapping->setDefaults(defaults);
    // Follow the source while the mapping is still the previous default; never overwrite edits.
    AttributeMapping current = m_mapping->mapping();
    current.setDefaultCountryCode({});
    if (current == m_lastDefaults && !(defaults == m_lastDefaults)) {
        AttributeMapping next = defaults;
        next.setDefaultCountryCode(m_mapping->mapping().defaultCountryCode());
        m_mapping->setMapping(next);
    }
    m_lastDefaults = defaults;
}

OutboundRule RuleEditor::rule() const
{
    OutboundRule r;
    r.source = m_source->settings();
    r.filter = m_filter->filter();
    r.mapping = m_mapping->mapping();
    return r;
}

void RuleEditor::setRule(const OutboundRule &rule)
{
    m_lastDefaults = OutboundRule::withDefaults(rule.source).mapping;
    m_source->setSettings(rule.source);
    m_filter->setFilter(rule.filter);
    m_mapping->setDefaults(m_lastDefaults);
    m_mapping->setMapping(rule.mapping);
}

void RuleEditor::load(const Connection &connection)
{
    m_connectionId = connection.id;
    m_banner->hideMessage();
    OutboundRule r = OutboundRule::withDefaults(SourceSettings());
    if (!connection.rule.isEmpty()) {
        const QList<FieldProblem> problems = OutboundRule::fromConnection(connection, &r);
        if (!problems.isEmpty()) {
            QStringList lines;
            for (const FieldProblem &p : problems)
                lines << QStringLiteral("%1: %2").arg(p.field, p.message);
            m_banner->showMessage(MessageBanner::Type::Error,
                tr("The stored rule could not be read; saving replaces it.\n%1")
                    .arg(lines.join(QLatin1Char('\n'))));
            r = OutboundRule::withDefaults(SourceSettings());
        }
    }
    setRule(r);
    m_source->setPassword({});
    if (m_secrets && !connection.id.isNull() && r.source.needsPassword()) {
        m_secrets->read(
            {connection.id, SecretKind::SourcePassword}, this, [this](const SecretResult &result) {
                if (result.ok() && !m_source->isPasswordModified())
                    m_source->setPassword(result.value);
            });
    }
}

bool RuleEditor::save(QJsonObject *rule)
{
    if (!m_source->check()) {
        m_tabs->setCurrentWidget(m_source);
        return false;
    }
    const QString filterProblem = m_filter->problem();
    if (!filterProblem.isEmpty()) {
        m_banner->showMessage(MessageBanner::Type::Error, filterProblem);
        m_tabs->setCurrentWidget(m_filter);
        return false;
    }
    if (m_mapping->hasErrors()) {
        m_banner->showMessage(MessageBanner::Type::Error,
            tr("The attribute mapping has errors; they are shown under "
               "the attributes."));
        m_tabs->setCurrentWidget(m_mapping);
        return false;
    }
    const OutboundRule r = this->rule();
    const QList<FieldProblem> problems = r.validate();
    if (!problems.isEmpty()) {
        m_banner->showMessage(MessageBanner::Type::Error, problems.constFirst().message);
        return false;
    }
    m_banner->hideMessage();
    *rule = r.toJson();
    return true;
}

QString RuleEditor::sourcePassword() const
{
    return m_source->password();
}

void RuleEditor::setSourcePassword(const QString &password)
{
    m_source->setPassword(password);
}

bool RuleEditor::isSourcePasswordModified() const
{
    return m_source->isPasswordModified();
}

void RuleEditor::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

} // namespace pd
