#pragma once

#include <QDialog>

class QComboBox;
class QDateTimeEdit;

namespace opsdeck {

class Clock;

// "Silence for…": one hour, four hours, a day, or until a chosen time. untilMs() is the
// end of the silence (in the future; the store refuses anything else).
class SilenceDialog : public QDialog
{
    Q_OBJECT
public:
    SilenceDialog(const QString& checkName, const Clock& clock, QWidget* parent = nullptr);

    qint64 untilMs() const;
    // Picks a choice by its duration in seconds (0: custom) — for tests and callers.
    void choose(int seconds);
    void setCustomUntil(qint64 ms);

private:
    const Clock* m_clock;
    QComboBox* m_duration = nullptr;
    QDateTimeEdit* m_until = nullptr;
};

} // namespace opsdeck
