#pragma once

#include "AttributeMapping.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace pd {

class FieldErrorLabel;
class MessageBanner;

// The attribute mapping: one row per Zoom attribute with where its value comes from (not mapped,
// a source attribute, a constant or an expression), checked as the admin types. Errors show under
// the row; the Username/Email warning is a banner above the table.
class MappingEditor : public QWidget
{
    Q_OBJECT
public:
    explicit MappingEditor(QWidget *parent = nullptr);

    AttributeMapping mapping() const;
    void setMapping(const AttributeMapping &mapping);
    // The source's attribute names: offered in the lists, and unknown ones are flagged.
    void setSourceAttributes(const QStringList &attributes);
    // The defaults for the current source, offered by "Use defaults".
    void setDefaults(const AttributeMapping &defaults) { m_defaults = defaults; }

    bool hasErrors() const;
    QString errorFor(ZoomAttribute attribute) const;
    QString warningFor(ZoomAttribute attribute) const;
    bool isUserNameEmailWarningShown() const;

    // For tests and screenshots.
    QComboBox *kindBox(ZoomAttribute attribute) const { return m_rows.at(int(attribute)).kind; }
    QComboBox *valueBox(ZoomAttribute attribute) const { return m_rows.at(int(attribute)).value; }

signals:
    void changed();

private:
    struct Row
    {
        QComboBox *kind = nullptr;
        QComboBox *value = nullptr;
        FieldErrorLabel *error = nullptr;
        QLabel *warning = nullptr;
    };
    void fillValueChoices(ZoomAttribute attribute);
    void recheck();

    QList<Row> m_rows;
    MessageBanner *m_banner;
    QLineEdit *m_countryCode;
    QStringList m_sourceAttributes;
    AttributeMapping m_defaults;
    bool m_loading = false;
};

} // namespace pd
