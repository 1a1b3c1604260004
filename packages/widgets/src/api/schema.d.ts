/**
 * Generated from the API's OpenAPI document by `npm run generate:client`. Do not edit:
 * change the route's zod schemas and regenerate.
 */

export interface paths {
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Alive */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HealthStatus"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process can serve requests: its database answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Ready */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HealthStatus"];
                    };
                };
                /** @description The database does not answer */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A commune’s public configuration
         * @description Names, languages, theme tokens and the online services a commune offers: what widgets need to render. Answers carry an ETag; send it back in If-None-Match to get 304.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The commune’s public configuration */
                200: {
                    headers: {
                        ETag: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicTenant"];
                    };
                };
                /** @description Not modified since the ETag sent in If-None-Match */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        HealthStatus: {
            /** @enum {string} */
            status: "ok";
        };
        Problem: {
            /** @example urn:communa:problem:tenant_not_found */
            type: string;
            title: string;
            status: number;
            detail?: string;
            /** @example tenant_not_found */
            code: string;
            requestId?: string;
            errors?: components["schemas"]["FieldError"][];
        };
        FieldError: {
            /** @example services.0.title */
            path: string;
            /** @example invalid_type */
            code: string;
            message: string;
        };
        PublicTenant: {
            /** @example liege */
            slug: string;
            name: components["schemas"]["LocalizedText"];
            languages: {
                offered: components["schemas"]["Language"][];
                default: components["schemas"]["Language"];
            };
            /** @description A test space: widgets show a banner, no e-mail leaves */
            sandbox: boolean;
            theme: components["schemas"]["Theme"];
            contact: {
                email: string;
                phone: string;
                website: string;
                address: {
                    street: string;
                    number: string;
                    box?: string;
                    postalCode: string;
                    city: string;
                };
            };
            privacyNoticeUrl: string;
            services: components["schemas"]["PublicService"][];
        };
        /**
         * @description Text per language; every language the commune offers is present.
         * @example {
         *       "fr": "Stages de vacances",
         *       "nl": "Vakantiestages"
         *     }
         */
        LocalizedText: {
            fr?: string;
            nl?: string;
            de?: string;
            en?: string;
        };
        /**
         * @example fr
         * @enum {string}
         */
        Language: "fr" | "nl" | "de" | "en";
        Theme: {
            /** @example #b5121b */
            colorPrimary: string;
            colorOnPrimary: string;
            colorAccent: string;
            colorSurface: string;
            colorText: string;
            /** @example 6px */
            radius: string;
            /** @example inherit */
            font: string;
        };
        PublicService: {
            /** @example stages */
            key: string;
            /** @enum {string} */
            kind: "stages" | "events" | "forms" | "link";
            title: components["schemas"]["LocalizedText"];
            description: components["schemas"]["LocalizedText"];
            /**
             * Format: uri
             * @description Page of the commune’s website where the service is embedded
             */
            pageUrl: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
