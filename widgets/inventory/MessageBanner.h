#pragma once

#include <QFrame>

class QLabel;

namespace opsdeck {

// An inline strip above the views that says what went wrong (or what just worked)
// without a modal box; stays until closed or replaced.
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    explicit MessageBanner(QWidget* parent = nullptr);

    QString text() const;
    bool isError() const { return m_error; }

public slots:
    void showError(const QString& message);
    void showInfo(const QString& message);

private:
    void showMessage(const QString& message, bool error);

    QLabel* m_label = nullptr;
    bool m_error = false;
};

} // namespace opsdeck
