#pragma once

#include "app/session.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace youfu::ui {

// A line on a letters-and-visits case: whether the director marked it as having caused a
// serious effect (造成严重影响, a one-vote veto of the township's year-end grade when the scheme
// says so). The director gets a checkable button that asks for the reason; everyone else reads
// the mark.
class SeriousEffectBar : public QWidget
{
    Q_OBJECT
public:
    explicit SeriousEffectBar(Session& session, QWidget* parent = nullptr);

    // Shows the case's mark (caseId 0: nothing to show).
    void setCase(qint64 caseId);
    QPushButton* button() const { return m_button; }
    QLabel* label() const { return m_label; }

Q_SIGNALS:
    void marked();

private:
    void toggle(bool serious);
    void showMark(bool serious, const QString& words);

    Session& m_session;
    qint64 m_caseId = 0;
    QLabel* m_label = nullptr;
    QPushButton* m_button = nullptr;
};

} // namespace youfu::ui
