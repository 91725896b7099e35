#include "SourceSettingsEditor.h"

#include "BackgroundJob.h"
#include "FieldErrorLabel.h"
#include "MessageBanner.h"
#include "SecretLineEdit.h"
#include "SourceTester.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd {

namespace {

QComboBox *editableCombo(QWidget *parent, const QString &name)
{
    auto *box = new QComboBox(parent);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->setAccessibleName(name);
    return box;
}

// A form label that focuses its field on Alt+letter (a QFormLayout row whose field is a layout has none).
QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

QLineEdit *lineEdit(QWidget *parent, const QString &name, const QString &placeholder = {})
{
    auto *edit = new QLineEdit(parent);
    edit->setAccessibleName(name);
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace

SourceSettingsEditor::SourceSettingsEditor(QWidget *parent)
    : QWidget(parent)
    , m_csvType(new QRadioButton(tr("CSV &file"), this))
    , m_ldapType(new QRadioButton(tr("&LDAP or Active Directory"), this))
    , m_forms(new QStackedWidget(this))
    , m_test(new QPushButton(tr("&Test source"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_banner(new MessageBanner(this))
    , m_summary(new QLabel(this))
    , m_sample(new QTableWidget(this))
    , m_problems(new QListWidget(this))
{
    auto *types = new QButtonGroup(this);
    types->addButton(m_csvType);
    types->addButton(m_ldapType);
    m_csvType->setChecked(true);
    m_forms->addWidget(buildCsvForm());
    m_forms->addWidget(buildLdapForm());
    // Only the current form takes room; the other would otherwise leave a gap below the CSV form.
    connect(m_forms, &QStackedWidget::currentChanged, this, [this](int current) {
        for (int i = 0; i < m_forms->count(); ++i)
            m_forms->widget(i)->setSizePolicy(
                QSizePolicy::Preferred, i == current ? QSizePolicy::Maximum : QSizePolicy::Ignored);
        m_forms->adjustSize();
    });
    m_forms->widget(1)->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    m_forms->widget(0)->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    connect(m_ldapType, &QRadioButton::toggled, this, [this](bool ldap) {
        m_forms->setCurrentIndex(ldap ? 1 : 0);
        if (!m_loading)
            emit typeChanged();
        emit changed();
    });

    auto *typeRow = new QHBoxLayout;
    typeRow->addWidget(new QLabel(tr("Read people from:"), this));
    typeRow->addWidget(m_csvType);
    typeRow->addWidget(m_ldapType);
    typeRow->addStretch();

    m_cancel->hide();
    connect(m_test, &QPushButton::clicked, this, &SourceSettingsEditor::testSource);
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_cancelToken.cancel(); });
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_cancel);
    testRow->addWidget(m_summary, 1);
    m_summary->setWordWrap(true);
    m_sample->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sample->setAccessibleName(tr("Sample of the source's people"));
    m_sample->horizontalHeader()->setStretchLastSection(true);
    m_sample->verticalHeader()->hide();
    m_sample->hide();
    m_problems->setAccessibleName(tr("Rows that cannot be used"));
    m_problems->hide();
    m_banner->hideMessage();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(typeRow);
    layout->addWidget(m_forms);
    layout->addLayout(testRow);
    layout->addWidget(m_banner);
    layout->addWidget(m_sample, 2);
    layout->addWidget(m_problems, 1);
    layout->addStretch();
    // The buttons and results were created before the forms: Tab reaches them after the fields.
    setTabOrder(m_timeout, m_test);
    setTabOrder(m_test, m_cancel);
    setTabOrder(m_cancel, m_sample);
    setTabOrder(m_sample, m_problems);
    syncEnabledFields();
}

SourceSettingsEditor::~SourceSettingsEditor()
{
    // A running read stops at its next record or page; wait for it so no thread outlives us.
    m_cancelToken.cancel();
    if (m_thread)
        m_thread->wait(10000);
}

QWidget *SourceSettingsEditor::buildCsvForm()
{
    auto *form = new QWidget(this);
    auto *layout = new QFormLayout(form);
    m_file = lineEdit(form, tr("CSV file"), tr("/path/to/people.csv"));
    m_fileError = new FieldErrorLabel(m_file, form);
    auto *browse = new QPushButton(tr("&Browse..."), form);
    connect(browse, &QPushButton::clicked, this, [this] {
        this->browse(m_file, tr("Choose the CSV file"), tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(FieldErrorLabel::stack(m_file, m_fileError, form), 1);
    fileRow->addWidget(browse, 0, Qt::AlignTop);
    layout->addRow(buddyLabel(tr("&File:"), m_file, form), fileRow);

    m_delimiter = new QComboBox(form);
    m_delimiter->addItem(tr("Detect"), QString());
    m_delimiter->addItem(tr("Comma (,)"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon (;)"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->setAccessibleName(tr("Delimiter"));
    layout->addRow(tr("&Delimiter:"), m_delimiter);

    m_keyColumn = editableCombo(form, tr("Key column"));
    m_keyColumn->setToolTip(tr("A column whose value never changes for a person, such as an employee number. "
                               "It links each row to the same Zoom user run after run."));
    m_keyColumnError = new FieldErrorLabel(m_keyColumn, form);
    layout->addRow(buddyLabel(tr("&Key column:"), m_keyColumn, form),
        FieldErrorLabel::stack(m_keyColumn, m_keyColumnError, form));

    m_disabledColumn = editableCombo(form, tr("Disabled when column"));
    m_disabledValue = lineEdit(form, tr("Disabled when value"), tr("e.g. Disabled"));
    auto *disabledRow = new QHBoxLayout;
    disabledRow->addWidget(m_disabledColumn, 1);
    disabledRow->addWidget(buddyLabel(tr("e&quals"), m_disabledValue, form));
    disabledRow->addWidget(m_disabledValue, 1);
    layout->addRow(buddyLabel(tr("Disabled &when:"), m_disabledColumn, form), disabledRow);

    connect(m_file, &QLineEdit::editingFinished, this, &SourceSettingsEditor::inspectCsvHeader);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &SourceSettingsEditor::inspectCsvHeader);
    for (QLineEdit *e : {m_file, m_disabledValue})
        connect(e, &QLineEdit::textChanged, this, &SourceSettingsEditor::changed);
    for (QComboBox *c : {m_keyColumn, m_disabledColumn})
        connect(c, &QComboBox::currentTextChanged, this, &SourceSettingsEditor::changed);
    return form;
}

QWidget *SourceSettingsEditor::buildLdapForm()
{
    auto *form = new QWidget(this);
    auto *layout = new QFormLayout(form);
    m_directoryType = new QComboBox(form);
    m_directoryType->addItems({tr("LDAP (OpenLDAP, 389 DS, ...)"), tr("Active Directory")});
    m_directoryType->setAccessibleName(tr("Directory type"));
    layout->addRow(tr("Directory &type:"), m_directoryType);

    m_url = lineEdit(form, tr("Server URL"), tr("ldaps://dc1.example.com"));
    m_urlError = new FieldErrorLabel(m_url, form);
    m_startTls = new QCheckBox(tr("Use Start&TLS"), form);
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(FieldErrorLabel::stack(m_url, m_urlError, form), 1);
    urlRow->addWidget(m_startTls, 0, Qt::AlignTop);
    layout->addRow(buddyLabel(tr("Server &URL:"), m_url, form), urlRow);

    m_bindDn
        = lineEdit(form, tr("Bind DN"), tr("cn=svc-zoom,ou=Service,dc=example,dc=com (empty: anonymous)"));
    layout->addRow(tr("&Bind DN:"), m_bindDn);
    m_password = new SecretLineEdit(form);
    m_password->setAccessibleFieldName(tr("Bind password"));
    m_password->setPlaceholderText(tr("kept in the system keychain"));
    layout->addRow(tr("Bind &password:"), m_password);

    m_baseDn = lineEdit(form, tr("Base DN"), tr("ou=People,dc=example,dc=com"));
    m_baseDnError = new FieldErrorLabel(m_baseDn, form);
    m_scope = new QComboBox(form);
    m_scope->addItems({tr("This entry only"), tr("One level below"), tr("Whole subtree")});
    m_scope->setCurrentIndex(2);
    m_scope->setAccessibleName(tr("Scope"));
    auto *baseRow = new QHBoxLayout;
    baseRow->addWidget(FieldErrorLabel::stack(m_baseDn, m_baseDnError, form), 1);
    baseRow->addWidget(buddyLabel(tr("Sc&ope:"), m_scope, form), 0, Qt::AlignTop);
    baseRow->addWidget(m_scope, 0, Qt::AlignTop);
    layout->addRow(buddyLabel(tr("Base &DN:"), m_baseDn, form), baseRow);

    m_filter = lineEdit(form, tr("LDAP filter"));
    m_filterError = new FieldErrorLabel(m_filter, form);
    layout->addRow(buddyLabel(tr("LDAP &filter:"), m_filter, form),
        FieldErrorLabel::stack(m_filter, m_filterError, form));
    m_attributesEdit = lineEdit(form, tr("Attributes to read"), tr("all (or: mail, givenName, sn, title)"));
    layout->addRow(tr("&Attributes:"), m_attributesEdit);
    m_keyAttribute = lineEdit(form, tr("Key attribute"));
    layout->addRow(tr("&Key attribute:"), m_keyAttribute);

    m_disabledMode = new QComboBox(form);
    m_disabledMode->addItems(
        {tr("Not detected"), tr("AD: userAccountControl says disabled"), tr("Attribute equals value")});
    m_disabledMode->setAccessibleName(tr("Disabled when"));
    m_disabledAttribute = lineEdit(form, tr("Disabled attribute"), tr("attribute"));
    m_disabledAttributeValue = lineEdit(form, tr("Disabled value"), tr("value"));
    auto *disabledRow = new QHBoxLayout;
    disabledRow->addWidget(m_disabledMode, 1);
    // Labels for the secondary fields of the row, so a screen reader names them too.
    disabledRow->addWidget(buddyLabel(tr("attribute"), m_disabledAttribute, form));
    disabledRow->addWidget(m_disabledAttribute, 1);
    disabledRow->addWidget(buddyLabel(tr("equals"), m_disabledAttributeValue, form));
    disabledRow->addWidget(m_disabledAttributeValue, 1);
    layout->addRow(buddyLabel(tr("Disabled &when:"), m_disabledMode, form), disabledRow);

    m_caFile = lineEdit(form, tr("CA certificate"), tr("optional: PEM of your private CA"));
    auto *browse = new QPushButton(tr("Browse..."), form);
    connect(browse, &QPushButton::clicked, this, [this] {
        this->browse(
            m_caFile, tr("Choose the CA certificate"), tr("Certificates (*.pem *.crt);;All files (*)"));
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    layout->addRow(buddyLabel(tr("&CA certificate:"), m_caFile, form), caRow);

    m_pageSize = new QSpinBox(form);
    m_pageSize->setRange(1, 5000);
    m_pageSize->setValue(500);
    m_pageSize->setAccessibleName(tr("Page size"));
    m_timeout = new QSpinBox(form);
    m_timeout->setRange(1, 600);
    m_timeout->setValue(30);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setAccessibleName(tr("Timeout"));
    auto *pagingRow = new QHBoxLayout;
    pagingRow->addWidget(m_pageSize);
    pagingRow->addWidget(buddyLabel(tr("entries per page; timeout"), m_timeout, form));
    pagingRow->addWidget(m_timeout);
    pagingRow->addStretch();
    layout->addRow(buddyLabel(tr("Pa&ging:"), m_pageSize, form), pagingRow);

    connect(m_directoryType, &QComboBox::currentIndexChanged, this, [this] {
        syncEnabledFields();
        if (!m_loading)
            emit typeChanged();
        emit changed();
    });
    connect(m_disabledMode, &QComboBox::currentIndexChanged, this, [this] {
        syncEnabledFields();
        emit changed();
    });
    connect(m_password, &SecretLineEdit::textChanged, this, [this] {
        if (!m_loading)
            m_passwordModified = true;
        emit changed();
    });
    for (QLineEdit *e : {m_url, m_bindDn, m_baseDn, m_filter, m_attributesEdit, m_keyAttribute, m_caFile,
             m_disabledAttribute, m_disabledAttributeValue})
        connect(e, &QLineEdit::textChanged, this, &SourceSettingsEditor::changed);
    connect(m_startTls, &QCheckBox::toggled, this, &SourceSettingsEditor::changed);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &SourceSettingsEditor::changed);
    connect(m_pageSize, &QSpinBox::valueChanged, this, &SourceSettingsEditor::changed);
    connect(m_timeout, &QSpinBox::valueChanged, this, &SourceSettingsEditor::changed);
    return form;
}

void SourceSettingsEditor::browse(QLineEdit *target, const QString &title, const QString &filter)
{
    // open(), not exec(): no nested event loop.
    auto *dialog = new QFileDialog(this, title, target->text(), filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this, target](const QString &file) {
        target->setText(file);
        if (target == m_file)
            inspectCsvHeader();
    });
    dialog->open();
}

void SourceSettingsEditor::syncEnabledFields()
{
    const bool ad = m_directoryType->currentIndex() == 1;
    const auto type = ad ? LdapSettings::DirectoryType::ActiveDirectory : LdapSettings::DirectoryType::Ldap;
    m_filter->setPlaceholderText(LdapSettings::defaultFilter(type));
    m_keyAttribute->setPlaceholderText(LdapSettings::defaultKeyAttribute(type));
    const bool byAttribute = m_disabledMode->currentIndex() == 2;
    m_disabledAttribute->setEnabled(byAttribute);
    m_disabledAttributeValue->setEnabled(byAttribute);
}

SourceSettings SourceSettingsEditor::settings() const
{
    SourceSettings s;
    s.type = m_ldapType->isChecked() ? SourceSettings::Type::Ldap : SourceSettings::Type::Csv;
    s.csv.file = m_file->text().trimmed();
    const QString delimiter = m_delimiter->currentData().toString();
    s.csv.delimiter = delimiter.isEmpty() ? QChar() : delimiter.at(0);
    s.csv.keyColumn = m_keyColumn->currentText().trimmed();
    s.csv.disabledColumn = m_disabledColumn->currentText().trimmed();
    s.csv.disabledValue = s.csv.disabledColumn.isEmpty() ? QString() : m_disabledValue->text().trimmed();
    LdapSettings &l = s.ldap;
    l.directoryType = m_directoryType->currentIndex() == 1 ? LdapSettings::DirectoryType::ActiveDirectory
                                                           : LdapSettings::DirectoryType::Ldap;
    l.url = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    l.startTls = m_startTls->isChecked();
    l.bindDn = m_bindDn->text().trimmed();
    l.baseDn = m_baseDn->text().trimmed();
    l.scope = LdapSettings::Scope(m_scope->currentIndex());
    l.filter = m_filter->text().trimmed();
    for (const QString &a : m_attributesEdit->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        l.attributes << a.trimmed();
    l.keyAttribute = m_keyAttribute->text().trimmed();
    l.pageSize = m_pageSize->value();
    l.timeoutSeconds = m_timeout->value();
    l.caCertificateFile = m_caFile->text().trimmed();
    l.disabledMode = LdapSettings::DisabledMode(m_disabledMode->currentIndex());
    if (l.disabledMode == LdapSettings::DisabledMode::Attribute) {
        l.disabledAttribute = m_disabledAttribute->text().trimmed();
        l.disabledValue = m_disabledAttributeValue->text().trimmed();
    }
    return s;
}

void SourceSettingsEditor::setSettings(const SourceSettings &s)
{
    m_loading = true;
    (s.type == SourceSettings::Type::Ldap ? m_ldapType : m_csvType)->setChecked(true);
    m_forms->setCurrentIndex(s.type == SourceSettings::Type::Ldap ? 1 : 0);
    m_file->setText(s.csv.file);
    m_delimiter->setCurrentIndex(
        qMax(0, m_delimiter->findData(s.csv.delimiter.isNull() ? QString() : QString(s.csv.delimiter))));
    m_keyColumn->setEditText(s.csv.keyColumn);
    m_disabledColumn->setEditText(s.csv.disabledColumn);
    m_disabledValue->setText(s.csv.disabledValue);
    const LdapSettings &l = s.ldap;
    m_directoryType->setCurrentIndex(l.directoryType == LdapSettings::DirectoryType::ActiveDirectory ? 1 : 0);
    m_url->setText(l.url.toString());
    m_startTls->setChecked(l.startTls);
    m_bindDn->setText(l.bindDn);
    m_baseDn->setText(l.baseDn);
    m_scope->setCurrentIndex(int(l.scope));
    m_filter->setText(l.filter);
    m_attributesEdit->setText(l.attributes.join(QLatin1String(", ")));
    m_keyAttribute->setText(l.keyAttribute);
    m_pageSize->setValue(l.pageSize);
    m_timeout->setValue(l.timeoutSeconds);
    m_caFile->setText(l.caCertificateFile);
    m_disabledMode->setCurrentIndex(int(l.disabledMode));
    m_disabledAttribute->setText(l.disabledAttribute);
    m_disabledAttributeValue->setText(l.disabledValue);
    syncEnabledFields();
    m_loading = false;
    if (s.type == SourceSettings::Type::Csv && !s.csv.file.isEmpty())
        inspectCsvHeader();
}

QString SourceSettingsEditor::password() const
{
    return m_password->text();
}

void SourceSettingsEditor::setPassword(const QString &password)
{
    m_loading = true;
    m_password->setText(password);
    m_loading = false;
    m_passwordModified = false;
}

bool SourceSettingsEditor::check()
{
    const SourceSettings s = settings();
    const QList<FieldProblem> problems = s.validate();
    const auto problemFor = [&problems](const char *suffix) {
        for (const FieldProblem &p : problems) {
            if (p.field.endsWith(QLatin1String(suffix)))
                return p.message;
        }
        return QString();
    };
    m_fileError->setError(problemFor(".file"));
    m_keyColumnError->setError(problemFor(".keyColumn"));
    m_urlError->setError(problemFor(".url").isEmpty() ? problemFor(".startTls") : problemFor(".url"));
    m_baseDnError->setError(problemFor(".baseDn"));
    m_filterError->setError(problemFor(".filter"));
    QStringList others;
    for (const FieldProblem &p : problems) {
        static const QStringList shown {QStringLiteral(".file"), QStringLiteral(".keyColumn"),
            QStringLiteral(".url"), QStringLiteral(".startTls"), QStringLiteral(".baseDn"),
            QStringLiteral(".filter")};
        if (std::none_of(
                shown.begin(), shown.end(), [&p](const QString &suffix) { return p.field.endsWith(suffix); }))
            others << p.message;
    }
    if (s.needsPassword() && password().isEmpty())
        others << tr("Enter the bind password.");
    if (!others.isEmpty())
        m_banner->showMessage(MessageBanner::Type::Error, others.join(QLatin1Char('\n')));
    else if (m_banner->type() == MessageBanner::Type::Error)
        m_banner->hideMessage();
    return problems.isEmpty() && others.isEmpty();
}

void SourceSettingsEditor::inspectCsvHeader()
{
    if (m_loading || !m_csvType->isChecked() || m_file->text().trimmed().isEmpty())
        return;
    const QString file = m_file->text().trimmed();
    const QString delimiter = m_delimiter->currentData().toString();
    runInBackground<CsvHeader>(
        this,
        [file, delimiter] {
            return CsvSource::inspect(file, delimiter.isEmpty() ? QChar() : delimiter.at(0));
        },
        [this](const CsvHeader &header) {
            m_fileError->setError(header.error.isError() ? header.error.summary : QString());
            if (!header.error.isError())
                setAttributes(header.columns);
        });
}

void SourceSettingsEditor::setAttributes(const QStringList &attributes)
{
    m_attributes = attributes;
    for (QComboBox *box : {m_keyColumn, m_disabledColumn}) {
        const QString text = box->currentText();
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItems(QStringList {QString()} + attributes);
        box->setEditText(text);
    }
    if (m_keyColumn->currentText().isEmpty() && !attributes.isEmpty())
        m_keyColumn->setEditText(attributes.constFirst());
    emit attributesChanged(attributes);
}

void SourceSettingsEditor::testSource()
{
    if (m_thread || !check())
        return;
    m_cancelToken = CancelToken();
    const SourceSettings s = settings();
    const QString secret = password();
    const CancelToken token = m_cancelToken;
    m_test->setEnabled(false);
    m_cancel->show();
    m_summary->setText(
        tr("Reading %1...").arg(s.type == SourceSettings::Type::Ldap ? s.ldap.url.toString() : s.csv.file));
    m_thread = runInBackground<SourceTestResult>(
        this,
        [s, secret, token] {
            std::unique_ptr<UserSource> source = s.createSource(secret);
            ReadOptions options;
            options.cancel = token;
            return SourceTester::test(*source, 25, options);
        },
        [this](const SourceTestResult &result) { showTestResult(result); });
}

QString SourceSettingsEditor::testSummary() const
{
    return m_summary->text();
}

void SourceSettingsEditor::showTestResult(const SourceTestResult &r)
{
    m_thread = nullptr;
    m_test->setEnabled(true);
    m_cancel->hide();
    m_problems->clear();
    if (r.read.status == SourceReadResult::Status::Cancelled) {
        m_summary->setText(tr("Cancelled."));
        emit testFinished(false);
        return;
    }
    if (!r.ok()) {
        m_summary->setText(tr("The source could not be read."));
        m_banner->showMessage(MessageBanner::Type::Error,
            r.read.error.summary + QLatin1Char(' ') + r.read.error.fix
                + (r.read.error.detail.isEmpty()
                        ? QString()
                        : QLatin1String("\n(") + r.read.error.detail + QLatin1Char(')')));
        m_sample->hide();
        m_problems->hide();
        emit testFinished(false);
        return;
    }
    m_banner->hideMessage();
    m_summary->setText(tr(
        "%n person(s) found, %1 disabled; %2 row(s) could not be used. Read in %3 s.", nullptr, int(r.count))
                           .arg(r.disabled)
                           .arg(r.read.problems.size())
                           .arg(double(r.elapsedMs) / 1000.0, 0, 'f', 1));
    QStringList columns = r.attributeNames;
    columns.removeAll(QStringLiteral("dn"));
    if (columns.size() > 10)
        columns = columns.mid(0, 10);
    m_sample->clear();
    m_sample->setColumnCount(int(columns.size()) + 2);
    m_sample->setHorizontalHeaderLabels(QStringList {tr("Key"), tr("Disabled")} + columns);
    m_sample->setRowCount(int(r.sample.size()));
    for (int row = 0; row < r.sample.size(); ++row) {
        const SourceRecord &rec = r.sample.at(row);
        m_sample->setItem(row, 0, new QTableWidgetItem(rec.key));
        m_sample->setItem(row, 1, new QTableWidgetItem(rec.disabled ? tr("yes") : QString()));
        for (int c = 0; c < columns.size(); ++c)
            m_sample->setItem(
                row, c + 2, new QTableWidgetItem(rec.values(columns.at(c)).join(QLatin1String("; "))));
    }
    m_sample->resizeColumnsToContents();
    m_sample->setVisible(!r.sample.isEmpty());
    for (const SourceProblem &p : r.read.problems)
        m_problems->addItem(QStringLiteral("%1: %2").arg(p.origin, p.message));
    m_problems->setVisible(!r.read.problems.isEmpty());
    setAttributes(r.attributeNames);
    emit testFinished(true);
}

} // namespace pd
