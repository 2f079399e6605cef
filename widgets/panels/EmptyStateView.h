#pragma once

#include <QWidget>

class QLabel;

namespace opsdeck {

// A centred headline and explanation for a view with nothing to show: an honest empty
// state instead of a fake list.
class EmptyStateView : public QWidget
{
    Q_OBJECT
public:
    EmptyStateView(const QString& headline, const QString& explanation, QWidget* parent = nullptr);

    QString headline() const;
    QString explanation() const;

private:
    QLabel* m_headline = nullptr;
    QLabel* m_explanation = nullptr;
};

} // namespace opsdeck
