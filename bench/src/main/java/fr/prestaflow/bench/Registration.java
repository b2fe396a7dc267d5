package fr.prestaflow.bench;

import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.node.ObjectNode;

/**
 * Registers the generated contracts before their file arrives: PUT /api/v1/contracts/{n} through the gateway as ops,
 * and, for the payment measure, the member's bank account with PUT /api/v1/bank-accounts/me. That one is a member's own
 * call and the generated contracts have no login, so it goes to payment's port directly with X-Member-Contract (setup
 * only; the services trust identity headers on their own ports, which only the gateway's may expose).
 */
final class Registration {

    record Outcome(int ok, int failed, Map<Integer, String> sampleErrors, double seconds) {
        double perSecond() {
            return seconds > 0 ? ok / seconds : 0;
        }
    }

    private final Api api;
    private final Api.Token ops;
    private final String paymentUrl;
    private final int threads;

    Registration(Api api, Api.Token ops, String paymentUrl, int threads) {
        this.api = api;
        this.ops = ops;
        this.paymentUrl = paymentUrl;
        this.threads = threads;
    }

    Outcome contracts(List<ObjectNode> contracts) throws InterruptedException {
        return run(contracts.size(), i -> {
            ObjectNode body = contracts.get(i);
            return api.send(api.json(api.request(api.gateway + "/api/v1/contracts/" + body.get("contractNumber").asString())
                    .header("Authorization", ops.bearer()), "PUT", body).build());
        });
    }

    Outcome bankAccounts(List<String> contractNumbers) throws InterruptedException {
        return run(contractNumbers.size(), i -> {
            String number = contractNumbers.get(i);
            ObjectNode body = Api.JSON.createObjectNode().put("iban", iban(number)).put("holderName", "Bench member " + number);
            return api.send(api.json(api.request(paymentUrl + "/api/v1/bank-accounts/me")
                    .header("X-Member-Contract", number), "PUT", body).build());
        });
    }

    private interface Call {
        HttpResponse<String> call(int index);
    }

    private Outcome run(int count, Call call) throws InterruptedException {
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        Map<Integer, String> errors = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> workers = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        try {
                            HttpResponse<String> response = call.call(i);
                            if (response.statusCode() < 300) {
                                ok.incrementAndGet();
                            } else {
                                failed.incrementAndGet();
                                errors.putIfAbsent(response.statusCode(), abbreviate(response.body()));
                            }
                        } catch (RuntimeException e) {
                            failed.incrementAndGet();
                            errors.putIfAbsent(-1, abbreviate(e.toString()));
                        }
                    }
                }));
            }
        }
        return new Outcome(ok.get(), failed.get(), errors, (System.nanoTime() - start) / 1e9);
    }

    static String abbreviate(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /**
     * A valid French IBAN for a contract: bank 30006, branch 00001, the contract's digits as account number, its RIB
     * key, then the ISO 13616 check digits.
     */
    static String iban(String contractNumber) {
        String bank = "30006";
        String branch = "00001";
        String account = String.format("%011d", Long.parseLong(contractNumber.replaceAll("[^0-9]", "")));
        long ribKey = 97 - (89L * Long.parseLong(bank) + 15L * Long.parseLong(branch) + 3L * Long.parseLong(account)) % 97;
        String bban = bank + branch + account + String.format("%02d", ribKey);
        // "FR" is 15 27, check digits 00 while computing them
        int check = 98 - new BigInteger(bban + "152700").mod(BigInteger.valueOf(97)).intValue();
        return "FR" + String.format("%02d", check) + bban;
    }
}
