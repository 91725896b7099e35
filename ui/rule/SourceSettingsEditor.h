#pragma once

#include "ConnectionValidator.h"
#include "SourceSettings.h"
#include "UserSource.h"

#include <QPointer>
#include <QThread>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace pd {

class FieldErrorLabel;
class MessageBanner;
class SecretLineEdit;
struct SourceTestResult;

// Where the rule's people come from: a CSV file or an LDAP directory / Active Directory, and
// "Test source" (count, a sample and the rows that cannot be used), run off the UI thread.
class SourceSettingsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit SourceSettingsEditor(QWidget *parent = nullptr);
    ~SourceSettingsEditor() override;

    SourceSettings settings() const;
    void setSettings(const SourceSettings &settings);
    // The LDAP bind password (kept in the keychain by whoever saves the connection).
    QString password() const;
    void setPassword(const QString &password);
    bool isPasswordModified() const { return m_passwordModified; }

    // Shows the problems under their fields; returns true when there are none.
    bool check();
    QStringList attributeNames() const { return m_attributes; }

    void testSource();
    bool isTesting() const { return m_thread != nullptr; }
    QString testSummary() const;
    QTableWidget *sampleTable() const { return m_sample; }

signals:
    void changed();
    void typeChanged();
    // The attribute names the source offers (CSV header, or what a test read).
    void attributesChanged(const QStringList &attributes);
    void testFinished(bool ok);

private:
    QWidget *buildCsvForm();
    QWidget *buildLdapForm();
    void inspectCsvHeader();
    void setAttributes(const QStringList &attributes);
    void showTestResult(const SourceTestResult &result);
    void syncEnabledFields();
    void browse(QLineEdit *target, const QString &title, const QString &filter);

    QRadioButton *m_csvType;
    QRadioButton *m_ldapType;
    QStackedWidget *m_forms;
    // CSV
    QLineEdit *m_file = nullptr;
    FieldErrorLabel *m_fileError = nullptr;
    QComboBox *m_delimiter = nullptr;
    QComboBox *m_keyColumn = nullptr;
    FieldErrorLabel *m_keyColumnError = nullptr;
    QComboBox *m_disabledColumn = nullptr;
    QLineEdit *m_disabledValue = nullptr;
    // LDAP
    QComboBox *m_directoryType = nullptr;
    QLineEdit *m_url = nullptr;
    FieldErrorLabel *m_urlError = nullptr;
    QCheckBox *m_startTls = nullptr;
    QLineEdit *m_bindDn = nullptr;
    SecretLineEdit *m_password = nullptr;
    QLineEdit *m_baseDn = nullptr;
    FieldErrorLabel *m_baseDnError = nullptr;
    QComboBox *m_scope = nullptr;
    QLineEdit *m_filter = nullptr;
    FieldErrorLabel *m_filterError = nullptr;
    QLineEdit *m_attributesEdit = nullptr;
    QLineEdit *m_keyAttribute = nullptr;
    QSpinBox *m_pageSize = nullptr;
    QSpinBox *m_timeout = nullptr;
    QLineEdit *m_caFile = nullptr;
    QComboBox *m_disabledMode = nullptr;
    QLineEdit *m_disabledAttribute = nullptr;
    QLineEdit *m_disabledAttributeValue = nullptr;
    // Test source
    QPushButton *m_test;
    QPushButton *m_cancel;
    MessageBanner *m_banner;
    QLabel *m_summary;
    QTableWidget *m_sample;
    QListWidget *m_problems;

    QStringList m_attributes;
    QPointer<QThread> m_thread;
    CancelToken m_cancelToken;
    bool m_passwordModified = false;
    bool m_loading = false;
};

} // namespace pd
