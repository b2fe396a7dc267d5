package fr.prestaflow.intake.analysis;

import fr.prestaflow.intake.IntakeProperties;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AnalysisConfiguration {

    /** Care dates are French calendar dates: "today" is today in Paris, whatever the servers' zone. */
    static final ZoneId CARE_ZONE = ZoneId.of("Europe/Paris");

    @Bean
    TesseractOcr tesseractOcr(IntakeProperties properties) {
        IntakeProperties.Ocr ocr = properties.ocr();
        return new TesseractOcr(new TesseractOcr.Settings(ocr.binary(), ocr.languages(), ocr.timeout()));
    }

    @Bean
    ClaimDocumentsAnalyser claimDocumentsAnalyser(TesseractOcr ocr, IntakeProperties properties, Clock clock) {
        return new ClaimDocumentsAnalyser(new TextExtractor(ocr, properties.ocr().maxPages()),
                new InvoiceAnalyser(clock.withZone(CARE_ZONE)));
    }
}
