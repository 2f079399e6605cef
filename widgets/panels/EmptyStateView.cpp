#include "panels/EmptyStateView.h"

#include <QLabel>
#include <QVBoxLayout>

namespace opsdeck {

EmptyStateView::EmptyStateView(const QString& headline, const QString& explanation, QWidget* parent)
    : QWidget(parent)
{
    m_headline = new QLabel(headline, this);
    m_headline->setObjectName(QStringLiteral("emptyStateHeadline"));
    m_headline->setAlignment(Qt::AlignCenter);
    QFont f = m_headline->font();
    f.setBold(true);
    m_headline->setFont(f);
    m_explanation = new QLabel(explanation, this);
    m_explanation->setObjectName(QStringLiteral("emptyStateText"));
    m_explanation->setAlignment(Qt::AlignCenter);
    m_explanation->setWordWrap(true);
    m_explanation->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_headline);
    layout->addWidget(m_explanation);
    layout->addStretch(1);
}

QString EmptyStateView::headline() const
{
    return m_headline->text();
}

QString EmptyStateView::explanation() const
{
    return m_explanation->text();
}

} // namespace opsdeck
