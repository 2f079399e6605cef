#include "sources/RetentionRulesPanel.h"

#include "inventory/AsyncLoad.h"
#include "metrics/MetricStore.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace opsdeck {

RetentionRulesPanel::RetentionRulesPanel(MetricStore& store, QWidget* parent)
    : QGroupBox(tr("Retention by metric key"), parent), m_store(store)
{
    setObjectName(QStringLiteral("retentionRulesPanel"));
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("retentionRules"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Pattern"), tr("Retentions")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setToolTip(tr("The first rule whose pattern matches a series' metric key gives its retention; "
                           "the default applies to the rest"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("retentionName"));
    m_name->setPlaceholderText(tr("server"));
    m_pattern = new QLineEdit(this);
    m_pattern->setObjectName(QStringLiteral("retentionPattern"));
    m_pattern->setPlaceholderText(QStringLiteral("^server\\..*"));
    m_retentions = new QLineEdit(this);
    m_retentions->setObjectName(QStringLiteral("retentionSpec"));
    m_retentions->setPlaceholderText(QStringLiteral("60s:1d,5m:7d,15m:3y"));
    m_add = new QPushButton(tr("&Add rule"), this);
    m_add->setObjectName(QStringLiteral("retentionAdd"));
    m_remove = new QPushButton(tr("Remove rule"), this);
    m_remove->setObjectName(QStringLiteral("retentionRemove"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("retentionError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, QColor(Qt::red));
    m_error->setPalette(p);

    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Pattern:"), m_pattern);
    form->addRow(tr("Retentions:"), m_retentions);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_error);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addRule(m_name->text().trimmed(), m_pattern->text().trimmed(), m_retentions->text().trimmed());
    });
    connect(m_remove, &QPushButton::clicked, this, &RetentionRulesPanel::removeSelected);
    reload();
}

QString RetentionRulesPanel::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void RetentionRulesPanel::reload()
{
    const RetentionRules rules = m_store.retentionRules();
    m_table->setRowCount(0);
    auto addRow = [this](const QString& name, const QString& pattern, const QString& retentions) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(name));
        m_table->setItem(row, 1, new QTableWidgetItem(pattern));
        m_table->setItem(row, 2, new QTableWidgetItem(retentions));
    };
    for (const RetentionRules::Rule& r : rules.rules())
        addRow(r.name, r.pattern, r.policy.toString());
    addRow(tr("default"), QStringLiteral(".*"), m_store.retention().toString());
    m_table->resizeColumnsToContents();
    m_remove->setEnabled(!rules.isEmpty() && !m_saving);
    m_add->setEnabled(!m_saving);
}

void RetentionRulesPanel::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        emit failed(message);
}

void RetentionRulesPanel::addRule(const QString& name, const QString& pattern, const QString& retentions)
{
    RetentionRules rules = m_store.retentionRules();
    if (Status st = rules.add(name, pattern, retentions); !st.ok()) {
        showError(st.error().message);
        return;
    }
    save(rules, true);
}

void RetentionRulesPanel::removeSelected()
{
    const int row = m_table->currentRow();
    RetentionRules rules = m_store.retentionRules();
    if (row < 0 || row >= rules.rules().size()) {
        showError(tr("Select a rule to remove (the default stays)"));
        return;
    }
    rules.remove(rules.rules().at(row).name);
    save(rules, false);
}

// Writes `rules` off the GUI thread; the form is cleared only after an add that was saved.
void RetentionRulesPanel::save(const RetentionRules& rules, bool clearForm)
{
    m_saving = true;
    reload();
    MetricStore* store = &m_store; // the engine's; it outlives the window
    runAsync<bool>(
        this,
        [store, rules]() -> Result<bool> {
            if (Status st = store->setRetentionRules(rules); !st.ok())
                return st.error();
            return true;
        },
        [this, clearForm](Result<bool> result) {
            m_saving = false;
            showError(result.ok()
                          ? QString()
                          : tr("The retention rules could not be saved: %1").arg(result.error().message));
            if (result.ok() && clearForm) {
                m_name->clear();
                m_pattern->clear();
                m_retentions->clear();
            }
            reload();
            emit saved(result.ok());
        });
}

} // namespace opsdeck
