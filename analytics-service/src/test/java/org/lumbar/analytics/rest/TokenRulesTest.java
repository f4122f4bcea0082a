package org.lumbar.analytics.rest;

import org.lumbar.testing.LumbarServiceResource;
import org.lumbar.testing.TokenRulesContract;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(LumbarServiceResource.class)
class TokenRulesTest extends TokenRulesContract {

    @Override
    protected String protectedPath() {
        return "/patients/me/adherence";
    }
}
