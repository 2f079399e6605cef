#include "sources/SourceDialog.h"

#include "StaleReload.h"
#include "sources/SourceRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUuid>
#include <QVBoxLayout>

namespace opsdeck {

namespace {

enum Binding
{
    BindMachine,
    BindNode,
    BindNothing
};

QSpinBox* secondsBox(QWidget* parent, int value, const QString& name)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(1, 7 * 24 * 3600);
    box->setValue(value);
    box->setSuffix(SourceDialog::tr(" s"));
    return box;
}

QString urlPlaceholder(SourceKind kind)
{
    switch (kind) {
    case SourceKind::NodeExporter:
        return QStringLiteral("http://{address}:9100/metrics");
    case SourceKind::Graphite:
        return QStringLiteral("http://graphite.example:8080");
    case SourceKind::Prometheus:
        return QStringLiteral("http://prometheus.example:9090");
    case SourceKind::OpenTsdb:
        return QStringLiteral("http://opentsdb.example:4242");
    case SourceKind::Ssh:
        return {};
    }
    return {};
}

} // namespace

SourceDialog::SourceDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("sourceDialog"));
    setWindowTitle(tr("Add Metric Source"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("sourceKind"));
    m_kind->addItem(tr("node_exporter agent"), int(SourceKind::NodeExporter));
    m_kind->addItem(tr("Graphite"), int(SourceKind::Graphite));
    m_kind->addItem(tr("Prometheus"), int(SourceKind::Prometheus));
    m_kind->addItem(tr("OpenTSDB"), int(SourceKind::OpenTsdb));
    m_kind->addItem(tr("Command over SSH (agentless)"), int(SourceKind::Ssh));

    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("sourceUrl"));
    m_url->setToolTip(tr("{address}, {name} and {port} are replaced by each machine's values"));
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("sourceQuery"));
    m_query->setToolTip(tr("Passed through: a Graphite target, PromQL, or OpenTSDB m=…"));
    m_step = secondsBox(this, 60, QStringLiteral("sourceStep"));
    m_asKey = new QLineEdit(this);
    m_asKey->setObjectName(QStringLiteral("sourceAs"));
    m_asKey->setPlaceholderText(tr("the series' own name"));

    m_binding = new QComboBox(this);
    m_binding->setObjectName(QStringLiteral("sourceBinding"));
    m_binding->addItem(tr("One machine"), int(BindMachine));
    m_binding->addItem(tr("Every machine under a tree node"), int(BindNode));
    m_binding->addItem(tr("No machine (backend)"), int(BindNothing));
    m_machine = new QComboBox(this);
    m_machine->setObjectName(QStringLiteral("sourceMachine"));
    m_machine->setEditable(true);
    m_machine->setInsertPolicy(QComboBox::NoInsert);
    m_node = new QLineEdit(this);
    m_node->setObjectName(QStringLiteral("sourceNode"));
    m_node->setPlaceholderText(tr("e.g. shop/web"));

    m_interval = secondsBox(this, 60, QStringLiteral("sourceInterval"));
    m_timeout = secondsBox(this, 10, QStringLiteral("sourceTimeout"));
    m_enabled = new QCheckBox(tr("Poll this source"), this);
    m_enabled->setObjectName(QStringLiteral("sourceEnabled"));
    m_enabled->setChecked(true);

    m_auth = new QComboBox(this);
    m_auth->setObjectName(QStringLiteral("sourceAuth"));
    m_auth->addItem(tr("None"), int(AuthKind::None));
    m_auth->addItem(tr("Basic (user and password)"), int(AuthKind::Basic));
    m_auth->addItem(tr("Bearer token"), int(AuthKind::Bearer));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("sourceUser"));
    m_secretName = new QLineEdit(this);
    m_secretName->setObjectName(QStringLiteral("sourceSecretName"));
    m_secretName->setToolTip(tr("The system keychain entry (service \"opsdeck\") that holds the secret"));
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("sourceSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setToolTip(tr("Stored in the system keychain only, never in Opsdeck's database"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&URL template:"), m_url);
    form->addRow(tr("&Query:"), m_query);
    form->addRow(tr("&Step:"), m_step);
    form->addRow(tr("Store &as:"), m_asKey);
    form->addRow(tr("&Bound to:"), m_binding);
    form->addRow(tr("&Machine:"), m_machine);
    form->addRow(tr("Tree &node:"), m_node);
    form->addRow(tr("&Interval:"), m_interval);
    form->addRow(tr("&Timeout:"), m_timeout);
    form->addRow(QString(), m_enabled);
    form->addRow(tr("Au&thentication:"), m_auth);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Keychain entry:"), m_secretName);
    form->addRow(tr("Pass&word or token:"), m_secret);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("sourceError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, QColor(0x8a, 0x1c, 0x12));
    m_error->setPalette(p);
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_reload = new StaleReload(m_buttons, tr("Replace the form with the source's current values"),
                               [this](const QJsonObject& now, qint64 version) { reloaded(now, version); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SourceDialog::tryAccept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    for (QComboBox* box : {m_kind, m_binding, m_auth})
        connect(box, &QComboBox::currentIndexChanged, this, &SourceDialog::updateFields);
    updateFields();
}

void SourceDialog::updateFields()
{
    const auto kind = SourceKind(m_kind->currentData().toInt());
    const bool ssh = kind == SourceKind::Ssh;
    const bool backend = kind != SourceKind::NodeExporter && !ssh;
    m_url->setPlaceholderText(urlPlaceholder(kind));
    m_url->setEnabled(!ssh); // ssh runs a command on the machine, no URL
    // ssh: the query field holds the command; empty is the built-in /proc reading.
    m_query->setEnabled(backend || ssh);
    m_query->setPlaceholderText(ssh ? tr("empty: read /proc like the local collector") : QString());
    m_auth->setEnabled(!ssh);
    m_step->setEnabled(backend);
    m_asKey->setEnabled(backend);
    // An agent is always on a machine.
    if (!backend && m_binding->currentData().toInt() == BindNothing)
        m_binding->setCurrentIndex(m_binding->findData(int(BindMachine)));
    const int binding = m_binding->currentData().toInt();
    m_machine->setEnabled(binding == BindMachine);
    m_node->setEnabled(binding == BindNode);
    const auto auth = AuthKind(m_auth->currentData().toInt());
    m_user->setEnabled(auth == AuthKind::Basic);
    m_secretName->setEnabled(auth != AuthKind::None);
    m_secret->setEnabled(auth != AuthKind::None);
    if (auth != AuthKind::None && m_secretName->text().trimmed().isEmpty())
        m_secretName->setText(
            QStringLiteral("source-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12)));
}

void SourceDialog::setSource(const Source& s)
{
    m_editId = s.id;
    m_version = s.stamp.version;
    m_hasSecret = s.auth != AuthKind::None;
    setWindowTitle(s.id > 0 ? tr("Edit Metric Source") : tr("Add Metric Source"));
    m_kind->setCurrentIndex(m_kind->findData(int(s.kind)));
    m_url->setText(s.url);
    m_query->setText(s.query);
    m_step->setValue(s.stepSecs);
    m_asKey->setText(s.asKey);
    const int binding = !s.machine.isEmpty() ? BindMachine : !s.nodePath.isEmpty() ? BindNode : BindNothing;
    m_binding->setCurrentIndex(m_binding->findData(binding));
    m_machine->setCurrentText(s.machine);
    m_node->setText(s.nodePath);
    m_interval->setValue(s.intervalSecs);
    m_timeout->setValue(s.timeoutSecs);
    m_enabled->setChecked(s.enabled);
    m_secretName->setText(s.secretName);
    m_auth->setCurrentIndex(m_auth->findData(int(s.auth)));
    m_user->setText(s.authUser);
    m_secret->clear();
    m_secret->setPlaceholderText(s.auth != AuthKind::None ? tr("unchanged — type to replace") : QString());
    updateFields();
}

void SourceDialog::setMachineNames(const QStringList& names)
{
    const QString current = m_machine->currentText();
    m_machine->clear();
    m_machine->addItems(names);
    m_machine->setCurrentText(current);
}

Source SourceDialog::source() const
{
    Source s;
    s.id = m_editId;
    s.stamp.version = m_version;
    s.kind = SourceKind(m_kind->currentData().toInt());
    s.url = s.kind == SourceKind::Ssh ? QString() : m_url->text().trimmed();
    if (s.kind == SourceKind::Ssh)
        s.query = m_query->text().trimmed();
    if (s.isBackend()) {
        s.query = m_query->text().trimmed();
        s.stepSecs = m_step->value();
        s.asKey = m_asKey->text().trimmed();
    }
    const int binding = m_binding->currentData().toInt();
    if (binding == BindMachine)
        s.machine = m_machine->currentText().trimmed();
    else if (binding == BindNode)
        s.nodePath = m_node->text().trimmed();
    s.intervalSecs = m_interval->value();
    s.timeoutSecs = m_timeout->value();
    s.enabled = m_enabled->isChecked();
    s.auth = s.kind == SourceKind::Ssh ? AuthKind::None : AuthKind(m_auth->currentData().toInt());
    if (s.auth != AuthKind::None)
        s.secretName = m_secretName->text().trimmed();
    if (s.auth == AuthKind::Basic)
        s.authUser = m_user->text().trimmed();
    return s;
}

QString SourceDialog::secret() const
{
    return m_secret->isEnabled() ? m_secret->text() : QString();
}

QString SourceDialog::problem() const
{
    const Source s = source();
    if (s.url.isEmpty() && s.kind != SourceKind::Ssh)
        return tr("Enter the URL to poll, e.g. %1.").arg(urlPlaceholder(s.kind));
    if (s.isBackend() && s.query.isEmpty())
        return tr("Enter the query this backend should answer (a Graphite target, PromQL or an OpenTSDB "
                  "m=… expression).");
    const int binding = m_binding->currentData().toInt();
    if (binding == BindMachine && s.machine.isEmpty())
        return tr("Choose the machine this source belongs to.");
    if (binding == BindNode && s.nodePath.isEmpty())
        return tr("Enter the tree node whose machines this source polls (e.g. shop/web).");
    if (s.timeoutSecs > s.intervalSecs)
        return tr("The timeout (%1 s) must not be longer than the interval (%2 s).")
            .arg(s.timeoutSecs)
            .arg(s.intervalSecs);
    if (s.auth != AuthKind::None && s.secretName.isEmpty())
        return tr("Name the keychain entry that holds the password or token.");
    if (s.auth != AuthKind::None && m_secret->text().isEmpty() && !m_hasSecret)
        return tr("Enter the password or token; it is stored in the system keychain only.");
    if (const Status st = SourceRepository::validate(s); !st.ok())
        return st.error().message;
    return {};
}

void SourceDialog::tryAccept()
{
    const QString why = problem();
    if (!why.isEmpty()) {
        showError(why);
        return;
    }
    m_error->hide();
    emit submitted();
}

void SourceDialog::showError(const QString& message)
{
    setBusy(false);
    m_error->setText(message);
    m_error->show();
}

void SourceDialog::showFailure(const Error& error)
{
    m_reload->noteResult(error);
    showError(error.message);
}

QPushButton* SourceDialog::reloadButton() const
{
    return m_reload->button();
}

QString SourceDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SourceDialog::reloaded(const QJsonObject& now, qint64 version)
{
    Source s;
    s.id = m_editId;
    s.stamp.version = version;
    s.kind =
        sourceKindFromName(now.value(QStringLiteral("kind")).toString()).value_or(SourceKind::NodeExporter);
    s.url = now.value(QStringLiteral("url")).toString();
    s.query = now.value(QStringLiteral("query")).toString();
    s.stepSecs = now.value(QStringLiteral("step")).toInt(60);
    s.asKey = now.value(QStringLiteral("as")).toString();
    s.machine = now.value(QStringLiteral("machine")).toString();
    s.nodePath = now.value(QStringLiteral("node")).toString();
    s.intervalSecs = now.value(QStringLiteral("interval")).toInt(60);
    s.timeoutSecs = now.value(QStringLiteral("timeout")).toInt(10);
    s.auth = authKindFromName(now.value(QStringLiteral("auth")).toString()).value_or(AuthKind::None);
    s.authUser = now.value(QStringLiteral("auth_user")).toString();
    s.secretName = now.value(QStringLiteral("secret_name")).toString();
    s.enabled = now.value(QStringLiteral("enabled")).toBool(true);
    const QString typedSecret = m_secret->text(); // not a row value: what was typed stays
    setSource(s);
    m_secret->setText(typedSecret);
    showError(tr("Reloaded: these are the source's current values (version %1). Make your change again "
                 "and save.")
                  .arg(version));
}

void SourceDialog::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

} // namespace opsdeck
