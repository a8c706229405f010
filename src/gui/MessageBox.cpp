#include "MessageBox.h"

#include <QMessageBox>
#include <QPushButton>

namespace sk {

namespace {
MessageBox::Answer nextAnswer = MessageBox::NoAnswer;
int questionCount = 0;
QString lastQuestionText;
} // namespace

void MessageBox::setNextAnswer(Answer answer)
{
    nextAnswer = answer;
}

int MessageBox::takeQuestionCount()
{
    const int count = questionCount;
    questionCount = 0;
    return count;
}

QString MessageBox::lastQuestion()
{
    return lastQuestionText;
}

MessageBox::Answer MessageBox::confirm(QWidget* parent, const QString& title, const QString& text,
                                       const QString& informativeText, const QString& acceptText,
                                       const QString& rejectText, bool destructive)
{
    ++questionCount;
    lastQuestionText =
        informativeText.isEmpty() ? text : text + QLatin1Char('\n') + informativeText;
    if (nextAnswer != NoAnswer) {
        const Answer answer = nextAnswer;
        nextAnswer = NoAnswer;
        return answer;
    }
    QMessageBox box(destructive ? QMessageBox::Warning : QMessageBox::Question, title, text,
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("confirmMessageBox"));
    box.setInformativeText(informativeText);
    QPushButton* accept = box.addButton(acceptText, destructive ? QMessageBox::DestructiveRole
                                                                : QMessageBox::AcceptRole);
    accept->setObjectName(QStringLiteral("acceptButton"));
    QPushButton* reject = box.addButton(rejectText, QMessageBox::RejectRole);
    reject->setObjectName(QStringLiteral("rejectButton"));
    box.setDefaultButton(destructive ? reject : accept);
    box.setEscapeButton(reject);
    box.exec();
    return box.clickedButton() == accept ? Accept : Reject;
}

void MessageBox::error(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox box(QMessageBox::Critical, title, text, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("errorMessageBox"));
    box.exec();
}

} // namespace sk
