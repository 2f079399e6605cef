#include "inventory/MachineDialog.h"

#include "StaleReload.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace opsdeck {

MachineDialog::MachineDialog(const MachineSpec& initial, bool editing, const QStringList& pools,
                             Submit submit, QWidget* parent)
    : QDialog(parent), m_submit(std::move(submit)), m_version(initial.version)
{
    setWindowTitle(editing ? tr("Edit machine %1").arg(initial.name) : tr("Add machine"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(initial.name, this);
    m_name->setReadOnly(editing);
    m_address = new QLineEdit(this);
    m_address->setPlaceholderText(tr("host name or IP address"));
    m_port = new QLineEdit(this);
    m_user = new QLineEdit(this);
    m_user->setPlaceholderText(tr("SSH user (optional)"));
    m_pool = new QComboBox(this);
    m_pool->setEditable(true);
    m_pool->addItems(pools);
    m_tags = new QLineEdit(this);
    fill(initial);
    m_tags->setPlaceholderText(tr("comma-separated"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("SSH &port:"), m_port);
    form->addRow(tr("SSH &user:"), m_user);
    form->addRow(tr("P&ool:"), m_pool);
    form->addRow(tr("&Tags:"), m_tags);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_error->hide();
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(editing ? tr("Save") : tr("Add"));
    m_reload = new StaleReload(m_buttons, tr("Replace the fields with the machine's current values"),
                               [this](const QJsonObject& now, qint64 version) { reloaded(now, version); });
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MachineDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (editing ? m_address : m_name)->setFocus();
}

void MachineDialog::fill(const MachineSpec& s)
{
    m_address->setText(s.address);
    m_port->setText(QString::number(s.port));
    m_user->setText(s.user);
    m_pool->setCurrentText(s.pool.isEmpty() ? QStringLiteral("default") : s.pool);
    m_tags->setText(s.tags.join(QStringLiteral(", ")));
}

QPushButton* MachineDialog::reloadButton() const
{
    return m_reload->button();
}

void MachineDialog::reload()
{
    m_reload->reload();
}

void MachineDialog::reloaded(const QJsonObject& now, qint64 version)
{
    MachineSpec s;
    s.address = now.value(QStringLiteral("address")).toString();
    s.port = now.value(QStringLiteral("port")).toInt(22);
    s.user = now.value(QStringLiteral("user")).toString();
    s.pool = now.value(QStringLiteral("pool")).toString();
    for (const QJsonValue& t : now.value(QStringLiteral("tags")).toArray())
        s.tags << t.toString();
    fill(s);
    m_version = version;
    showError(tr("Reloaded: these are the machine's current values (version %1). Make your change again "
                 "and save.")
                  .arg(version));
}

std::optional<MachineSpec> MachineDialog::spec()
{
    MachineSpec s;
    s.name = m_name->text().trimmed();
    s.address = m_address->text().trimmed();
    bool ok = false;
    s.port = m_port->text().trimmed().toInt(&ok);
    if (!ok) {
        showError(tr("the SSH port '%1' is not a number").arg(m_port->text().trimmed()));
        return std::nullopt;
    }
    s.user = m_user->text().trimmed();
    s.pool = m_pool->currentText().trimmed();
    s.version = m_version;
    for (const QString& t : m_tags->text().split(u',', Qt::SkipEmptyParts))
        if (!t.trimmed().isEmpty())
            s.tags << t.trimmed();
    return s;
}

QString MachineDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void MachineDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void MachineDialog::submit()
{
    const auto s = spec();
    if (!s)
        return;
    showError({});
    m_buttons->setEnabled(false); // one write at a time; the fields keep what was typed
    QPointer<MachineDialog> self(this);
    m_submit(*s, [self](const Status& status) {
        if (!self)
            return;
        self->m_buttons->setEnabled(true);
        if (!status.ok()) {
            // Changed by someone else since it was read: offer their values, keep ours.
            self->m_reload->noteResult(status);
            self->showError(status.error().message);
            return;
        }
        self->accept();
    });
}

} // namespace opsdeck
