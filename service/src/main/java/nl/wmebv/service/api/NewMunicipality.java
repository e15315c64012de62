package nl.wmebv.service.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request body to register a municipality with its website. */
public record NewMunicipality(
    @NotBlank @Size(max = 200) String name,
    @NotBlank @Size(max = 2000) @Pattern(regexp = "^https?://[^\\s/?#]+(/[^\\s]*)?$", message = "must be an http(s) URL")
        String baseUrl) {}
