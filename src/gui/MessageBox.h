// Scopekeeper console: confirmations that tests can answer.
//
// Every question the console asks goes through here. A test calls setNextAnswer() before the
// action; the question is then answered at once, without a dialog.
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace sk {

class MessageBox
{
    Q_DECLARE_TR_FUNCTIONS(MessageBox)

public:
    enum Answer
    {
        NoAnswer,
        Accept,
        Reject
    };

    /// Asks a yes/no question whose "yes" is `acceptText` (e.g. "Delete") and "no" is
    /// `rejectText` (e.g. "Cancel"). `destructive` marks the accept button as dangerous and
    /// makes the safe answer the default.
    static Answer confirm(QWidget* parent, const QString& title, const QString& text,
                          const QString& informativeText, const QString& acceptText,
                          const QString& rejectText, bool destructive);
    static void error(QWidget* parent, const QString& title, const QString& text);

    /// The answer the next confirm() gives without showing anything (for tests).
    static void setNextAnswer(Answer answer);
    /// How many questions were asked since the last call (for tests).
    static int takeQuestionCount();
    /// The text of the last question asked (for tests).
    static QString lastQuestion();
};

} // namespace sk
