#include "inventory/MachineDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace opsdeck {

MachineDialog::MachineDialog(const MachineSpec& initial, bool editing, const QStringList& pools,
                             Submit submit, QWidget* parent)
    : QDialog(parent), m_submit(std::move(submit))
{
    setWindowTitle(editing ? tr("Edit machine %1").arg(initial.name) : tr("Add machine"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(initial.name, this);
    m_name->setReadOnly(editing);
    m_address = new QLineEdit(initial.address, this);
    m_address->setPlaceholderText(tr("host name or IP address"));
    m_port = new QLineEdit(QString::number(initial.port), this);
    m_user = new QLineEdit(initial.user, this);
    m_user->setPlaceholderText(tr("SSH user (optional)"));
    m_pool = new QComboBox(this);
    m_pool->setEditable(true);
    m_pool->addItems(pools);
    m_pool->setCurrentText(initial.pool.isEmpty() ? QStringLiteral("default") : initial.pool);
    m_tags = new QLineEdit(initial.tags.join(QStringLiteral(", ")), this);
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
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MachineDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (editing ? m_address : m_name)->setFocus();
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
            self->showError(status.error().message);
            return;
        }
        self->accept();
    });
}

} // namespace opsdeck
