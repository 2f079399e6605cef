#include "inventory/AuditView.h"

#include "inventory/AuditModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace opsdeck {

AuditView::AuditView(AuditModel* model, QWidget* parent) : QWidget(parent), m_model(model)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* filters = new QHBoxLayout;
    m_entity = new QComboBox(this);
    m_entity->addItem(tr("Any entity"), QString());
    for (const char* e :
         {"machine", "node", "binding", "url", "unit", "relation", "service", "pool", "import"})
        m_entity->addItem(QString::fromLatin1(e), QString::fromLatin1(e));
    filters->addWidget(m_entity);
    m_operator = new QLineEdit(this);
    m_operator->setPlaceholderText(tr("Operator"));
    m_operator->setClearButtonEnabled(true);
    filters->addWidget(m_operator);
    m_action = new QLineEdit(this);
    m_action->setPlaceholderText(tr("Action (add, online, bind…)"));
    m_action->setClearButtonEnabled(true);
    filters->addWidget(m_action);
    m_useSince = new QCheckBox(tr("Since"), this);
    filters->addWidget(m_useSince);
    m_since = new QDateTimeEdit(QDateTime::currentDateTime().addDays(-7), this);
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_since->setEnabled(false);
    filters->addWidget(m_since);
    layout->addLayout(filters);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    layout->addWidget(m_view, 1);

    // Typing waits a moment before asking the database.
    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(250);
    connect(debounce, &QTimer::timeout, this, &AuditView::applyFilters);
    connect(m_entity, &QComboBox::currentIndexChanged, this, &AuditView::applyFilters);
    connect(m_operator, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_action, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_useSince, &QCheckBox::toggled, m_since, &QWidget::setEnabled);
    connect(m_useSince, &QCheckBox::toggled, this, &AuditView::applyFilters);
    connect(m_since, &QDateTimeEdit::dateTimeChanged, debounce, qOverload<>(&QTimer::start));
}

void AuditView::applyFilters()
{
    AuditQuery q = m_model->query();
    q.entity = m_entity->currentData().toString();
    q.entityId.clear();
    q.operatorName = m_operator->text().trimmed();
    q.action = m_action->text().trimmed();
    q.since = m_useSince->isChecked() ? std::optional<qint64>(m_since->dateTime().toSecsSinceEpoch())
                                      : std::nullopt;
    m_model->setQuery(q);
}

} // namespace opsdeck
