package org.lectern.content.question;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.lectern.content.QuestionGenerator;

class SeedSampleTest {

    @Test
    void printsTheSeedBankForAReader() {
        GeneratedBank bank = new QuestionGenerator().generate(SeedArticle.load());
        System.out.println(BankPrinter.print(bank));
        assertFalse(bank.lessons().isEmpty());
    }
}
